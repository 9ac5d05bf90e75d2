import type { Deps } from '../../platform/deps';
import { systemContext } from '../../platform/context';
import * as repo from './public-info.repository';
import type { ImportedRecruiter } from './recruiters.import';
import { licenceKey, recruiterNameKey } from './recruiters.names';
import { loadParsedRecruiterList } from './recruiters.service';

// A SAMPLE list for demonstrations only (demo mode, when no list was ever loaded). The companies
// are made up and the licence numbers say SAMPLE: they must never pass for the official register,
// and the public page marks the whole list as a sample.
const sample: [name: string, licence: string, status: ImportedRecruiter['status'], head: string, branches: string[]][] = [
  ['PT Bintang Samudera Abadi', 'SAMPLE-0001', 'active', 'Surabaya, Jawa Timur', ['Mataram, NTB', 'Batam, Kepulauan Riau']],
  ['PT Cahaya Karya Mandiri', 'SAMPLE-0002', 'active', 'Jakarta Timur', ['Kupang, NTT']],
  ['PT Mitra Jaya Sentosa', 'SAMPLE-0003', 'suspended', 'Malang, Jawa Timur', []],
  ['PT Sumber Rezeki Bersama', 'SAMPLE-0004', 'revoked', 'Lombok Timur, NTB', []],
  ['PT Harapan Kita Utama', 'SAMPLE-0005', 'active', 'Tanjungpinang, Kepulauan Riau', ['Batam, Kepulauan Riau']],
  ['PT Anugerah Tenaga Kerja Nusantara', 'SAMPLE-0006', 'active', 'Yogyakarta', ['Banda Aceh, Aceh']],
  ['CV Maju Bersama Karimun', 'SAMPLE-0007', 'revoked', 'Tanjung Balai Karimun, Kepulauan Riau', []],
  ['PT Sejahtera Insan Migran', 'SAMPLE-0008', 'active', 'Semarang, Jawa Tengah', ['Cilacap, Jawa Tengah']],
];

export const sampleRecruiters: ImportedRecruiter[] = sample.map(([name, licenceNumber, status, head, branches]) => ({
  name,
  nameKey: recruiterNameKey(name),
  licenceNumber,
  licenceKey: licenceKey(licenceNumber),
  status,
  offices: [{ kind: 'head', address: head }, ...branches.map((address) => ({ kind: 'branch' as const, address }))],
}));

/** In demo mode, loads the sample list once, when no recruiter list was ever loaded. Returns the rows loaded. */
export async function loadSampleRecruitersIfEmpty(deps: Deps, now: Date): Promise<number> {
  if (await repo.latestRecruiterList(deps.db)) return 0;
  await loadParsedRecruiterList(deps, systemContext(now), 'sample-recruiters (demo)', sampleRecruiters);
  return sampleRecruiters.length;
}

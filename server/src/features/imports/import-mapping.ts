import type { ImportField, ImportMapping } from '#contracts/imports';
import { looseKey } from './import-values';

/** Column names agencies use for each field (Indonesian, Malay, English), compared loosely. */
const knownHeaders: Record<ImportField, string[]> = {
  caseRef: ['no laporan', 'nomor laporan', 'no lp', 'no lp polisi', 'nomor lp', 'no kes', 'nombor kes', 'no perkara', 'nomor perkara', 'case ref', 'case reference', 'ref', 'no referensi', 'id kasus'],
  title: ['judul', 'judul kasus', 'title', 'case title', 'perkara', 'kasus', 'tajuk', 'tajuk kes'],
  reportedOn: ['tanggal laporan', 'tgl laporan', 'tanggal lapor', 'tgl lapor', 'tanggal', 'tgl', 'reported on', 'report date', 'date', 'tarikh', 'tarikh laporan', 'tanggal kejadian'],
  discoveryChannel: ['sumber', 'sumber informasi', 'saluran', 'channel', 'discovery channel', 'cara ditemukan', 'sumber maklumat'],
  summary: ['uraian', 'uraian singkat', 'ringkasan', 'summary', 'keterangan', 'kronologi', 'catatan'],
  reportedRegionCode: ['kode wilayah', 'kode wilayah laporan', 'kode lokasi', 'region code', 'kod kawasan'],
  role: ['peran', 'peranan', 'role', 'status orang', 'kategori', 'korban tersangka', 'jenis'],
  fullName: ['nama', 'nama lengkap', 'name', 'full name', 'nama penuh', 'nama korban', 'nama tersangka'],
  nik: ['nik', 'no ktp', 'nomor ktp', 'no nik', 'nomor induk kependudukan', 'ktp'],
  passportNumber: ['paspor', 'no paspor', 'nomor paspor', 'passport', 'passport no', 'passport number', 'no pasport', 'pasport'],
  sex: ['jenis kelamin', 'jk', 'l p', 'sex', 'gender', 'jantina', 'kelamin'],
  birthDate: ['tanggal lahir', 'tgl lahir', 'birth date', 'date of birth', 'dob', 'tarikh lahir', 'lahir'],
  originRegionCode: ['kode wilayah asal', 'kode asal', 'kode daerah asal', 'origin region', 'origin region code', 'kod asal'],
};

const byHeader = new Map<string, ImportField>();
for (const [field, names] of Object.entries(knownHeaders) as [ImportField, string[]][]) {
  for (const name of names) byHeader.set(looseKey(name), field);
}

/** A mapping from the column names alone (each field at most once, the first column that fits). */
export function mappingFromKnownHeaders(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  for (const header of headers) {
    const field = byHeader.get(looseKey(header));
    if (field && !mapping[field]) mapping[field] = header;
  }
  return mapping;
}

/** Jaccard similarity of two header lists, compared loosely (0 … 1). */
export function headerSimilarity(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a.map(looseKey));
  const sb = new Set(b.map(looseKey));
  const common = [...sa].filter((h) => sb.has(h)).length;
  const union = new Set([...sa, ...sb]).size;
  return union === 0 ? 0 : common / union;
}

/** The template mapping applied to this file's headers (fields whose column the file lacks are dropped). */
export function adaptMapping(mapping: ImportMapping, headers: readonly string[]): ImportMapping {
  const byKey = new Map(headers.map((h) => [looseKey(h), h]));
  const out: ImportMapping = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) {
    const actual = byKey.get(looseKey(header));
    if (actual) out[field] = actual;
  }
  return out;
}

/** Templates at least this similar to a file are suggested for it. */
export const templateSimilarityThreshold = 0.5;

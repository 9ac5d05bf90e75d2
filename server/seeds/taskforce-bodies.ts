import type { BodyKind } from '#contracts/taskforce';

/**
 * The forums and task forces Benteng follows up, loaded once into an empty database (demo and
 * production alike), after the agencies (`agencies.ts`), whose codes name the members.
 * Structure: SOSEK MALINDO and its Kepri–Johor working group; the Gugus Tugas PP-TPPO at provincial
 * and kabupaten/kota level as Perpres 69/2008, amended by Perpres 22/2021 and Perpres 49/2023,
 * arranges them (central – province – kab/kota; sources: tirto.id, channel9.id, Aug 2023, quoting
 * jdih.setneg.go.id); and the dedicated cross-border TPPO task force the design brief recommends,
 * coordinated by BPPD Kepri. Representatives are seeded by position only: coordinators enter the
 * names of the people who hold them.
 */
export interface SeedBody {
  code: string;
  kind: BodyKind;
  name: string;
  parentCode: string | null;
  regionCode: string | null;
  members: { agencyCode: string; role: 'chair' | 'secretariat' | 'member'; representativeTitle: string }[];
}

const m = (agencyCode: string, representativeTitle: string, role: 'chair' | 'secretariat' | 'member' = 'member') => ({ agencyCode, role, representativeTitle });

const districtTaskForce = (code: string, name: string, regionCode: string, police: string, immigration: string, more: SeedBody['members'] = []): SeedBody => ({
  code,
  kind: 'district_task_force',
  name: `Gugus Tugas Pencegahan dan Penanganan TPPO ${name}`,
  parentCode: 'GT-PPTPPO-KEPRI',
  regionCode,
  members: [m(police, 'Kasat Reskrim'), m(immigration, 'Kepala Seksi Intelijen dan Penindakan Keimigrasian'), ...more],
});

export const taskforceBodies: SeedBody[] = [
  {
    code: 'SOSEK-MALINDO',
    kind: 'forum',
    name: 'Forum Sosial Ekonomi Malaysia–Indonesia (SOSEK MALINDO)',
    parentCode: null,
    regionCode: null,
    members: [
      m('BPPD-KEPRI', 'Kepala Badan Pengelola Perbatasan Daerah', 'secretariat'),
      m('POLDA-KEPRI', 'Direktur Reserse Kriminal Umum'),
      m('IMI-BATAM', 'Kepala Kantor Imigrasi'),
      m('PDRM-JOHOR', 'Ketua Polis Negeri Johor'),
      m('JIM-JOHOR', 'Pengarah Imigresen Negeri Johor'),
      m('JTK-JOHOR', 'Pengarah Tenaga Kerja Negeri Johor'),
    ],
  },
  {
    code: 'SOSEK-MALINDO-KEPRI-JOHOR',
    kind: 'working_group',
    name: 'Kelompok Kerja SOSEK MALINDO Kepulauan Riau–Johor',
    parentCode: 'SOSEK-MALINDO',
    regionCode: '21',
    members: [
      m('BPPD-KEPRI', 'Sekretaris Badan Pengelola Perbatasan Daerah', 'secretariat'),
      m('POLDA-KEPRI', 'Kasubdit IV Renakta Ditreskrimum'),
      m('IMI-BATAM', 'Kepala Seksi Intelijen dan Penindakan Keimigrasian'),
      m('BP3MI-KEPRI', 'Kepala BP3MI'),
      m('KJRI-JB', 'Pelaksana Fungsi Perlindungan WNI'),
      m('PDRM-JOHOR', 'Ketua Unit Antipemerdagangan Orang'),
      m('JIM-JOHOR', 'Timbalan Pengarah Imigresen'),
      m('APMM-JOHOR', 'Pengarah Maritim Negeri Johor'),
    ],
  },
  {
    code: 'GT-PPTPPO-KEPRI',
    kind: 'provincial_task_force',
    name: 'Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Kepulauan Riau',
    parentCode: null,
    regionCode: '21',
    members: [
      m('POLDA-KEPRI', 'Kapolda Kepulauan Riau', 'chair'),
      m('DINSOS-KEPRI', 'Kepala Dinas Sosial'),
      m('UPTDPPA-KEPRI', 'Kepala UPTD PPA'),
      m('BP3MI-KEPRI', 'Kepala BP3MI'),
      m('IMI-BATAM', 'Kepala Kantor Imigrasi'),
      m('BPPD-KEPRI', 'Kepala Badan Pengelola Perbatasan Daerah'),
      m('IOM-ID', 'Koordinator Program Kontra-Perdagangan Orang'),
    ],
  },
  districtTaskForce('GT-PPTPPO-BATAM', 'Kota Batam', '21.71', 'POLRESTA-BARELANG', 'IMI-BATAM', [
    m('P4MI-BATAM', 'Koordinator Shelter P4MI'),
    m('NGO-RUMAHFAYE', 'Direktur Yayasan'),
  ]),
  districtTaskForce('GT-PPTPPO-BINTAN', 'Kabupaten Bintan', '21.01', 'POLRES-BINTAN', 'IMI-TANJUNGUBAN'),
  districtTaskForce('GT-PPTPPO-KARIMUN', 'Kabupaten Karimun', '21.02', 'POLRES-KARIMUN', 'IMI-KARIMUN'),
  districtTaskForce('GT-PPTPPO-TANJUNGPINANG', 'Kota Tanjungpinang', '21.72', 'POLRESTA-TPI', 'IMI-TANJUNGPINANG'),
  {
    code: 'SATGAS-TPPO-LINTAS-BATAS',
    kind: 'cross_border_task_force',
    name: 'Satuan Tugas TPPO Lintas Batas Kepulauan Riau–Johor',
    parentCode: 'SOSEK-MALINDO-KEPRI-JOHOR',
    regionCode: '21',
    members: [
      m('BPPD-KEPRI', 'Koordinator Satuan Tugas', 'secretariat'),
      m('POLDA-KEPRI', 'Kasubdit IV Renakta Ditreskrimum'),
      m('POLAIRUD-KEPRI', 'Direktur Polairud'),
      m('IMI-BATAM', 'Kepala Seksi Intelijen dan Penindakan Keimigrasian'),
      m('BP3MI-KEPRI', 'Kepala BP3MI'),
      m('KJRI-JB', 'Pelaksana Fungsi Perlindungan WNI'),
      m('IOM-ID', 'Koordinator Program Kontra-Perdagangan Orang'),
      m('PDRM-JOHOR', 'Ketua Unit Antipemerdagangan Orang'),
      m('JIM-JOHOR', 'Timbalan Pengarah Imigresen'),
      m('APMM-JOHOR', 'Pengarah Maritim Negeri Johor'),
      m('MAPO-KDN', 'Setiausaha MAPO'),
    ],
  },
];

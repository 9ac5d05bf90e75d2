import type { CreateAgencyRequest } from '#contracts/agencies';

/**
 * The organisations that work on TPPO in Kepulauan Riau and across the border in Johor, loaded
 * once into an empty database (demo and production alike; administrators edit them afterwards).
 * `country` is the state the organisation belongs to (the consulate in Johor Bahru is Indonesian).
 */
export const kepriAgencies: CreateAgencyRequest[] = [
  agency('BPPD-KEPRI', 'Badan Pengelola Perbatasan Daerah Provinsi Kepulauan Riau', 'BPPD Kepri', 'local_government', 'ID', '21'),
  agency('POLDA-KEPRI', 'Kepolisian Daerah Kepulauan Riau', 'Polda Kepri', 'law_enforcement', 'ID', '21'),
  agency('POLAIRUD-KEPRI', 'Direktorat Kepolisian Perairan dan Udara Polda Kepulauan Riau', 'Ditpolairud Polda Kepri', 'law_enforcement', 'ID', '21'),
  agency('POLRESTA-BARELANG', 'Kepolisian Resor Kota Barelang', 'Polresta Barelang', 'law_enforcement', 'ID', '21.71'),
  agency('POLRESTA-TPI', 'Kepolisian Resor Kota Tanjungpinang', 'Polresta Tanjungpinang', 'law_enforcement', 'ID', '21.72'),
  agency('POLRES-BINTAN', 'Kepolisian Resor Bintan', 'Polres Bintan', 'law_enforcement', 'ID', '21.01'),
  agency('POLRES-KARIMUN', 'Kepolisian Resor Karimun', 'Polres Karimun', 'law_enforcement', 'ID', '21.02'),
  agency('POLRES-NATUNA', 'Kepolisian Resor Natuna', 'Polres Natuna', 'law_enforcement', 'ID', '21.03'),
  agency('POLRES-LINGGA', 'Kepolisian Resor Lingga', 'Polres Lingga', 'law_enforcement', 'ID', '21.04'),
  agency('POLRES-ANAMBAS', 'Kepolisian Resor Kepulauan Anambas', 'Polres Anambas', 'law_enforcement', 'ID', '21.05'),
  agency('IMI-BATAM', 'Kantor Imigrasi Kelas I Khusus TPI Batam', 'Imigrasi Batam', 'immigration', 'ID', '21.71'),
  agency('IMI-TANJUNGUBAN', 'Kantor Imigrasi Kelas II TPI Tanjung Uban', 'Imigrasi Tanjung Uban', 'immigration', 'ID', '21.01'),
  agency('IMI-TANJUNGPINANG', 'Kantor Imigrasi Kelas I TPI Tanjungpinang', 'Imigrasi Tanjungpinang', 'immigration', 'ID', '21.72'),
  agency('IMI-KARIMUN', 'Kantor Imigrasi Kelas II TPI Tanjung Balai Karimun', 'Imigrasi Karimun', 'immigration', 'ID', '21.02'),
  agency('BP3MI-KEPRI', 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kepulauan Riau', 'BP3MI Kepri', 'migrant_worker_protection', 'ID', '21'),
  agency('P4MI-BATAM', 'Shelter Pos Pelayanan Pelindungan Pekerja Migran Indonesia (P4MI) Batam', 'Shelter P4MI Batam', 'shelter', 'ID', '21.71'),
  agency('DINSOS-KEPRI', 'Dinas Sosial Provinsi Kepulauan Riau', 'Dinsos Kepri', 'social_services', 'ID', '21'),
  agency('UPTDPPA-KEPRI', 'UPTD Perlindungan Perempuan dan Anak Provinsi Kepulauan Riau', 'UPTD PPA Kepri', 'social_services', 'ID', '21'),
  agency('KJRI-JB', 'Konsulat Jenderal Republik Indonesia Johor Bahru', 'KJRI Johor Bahru', 'consulate', 'ID', null),
  agency('IOM-ID', 'International Organization for Migration (IOM) Indonesia', 'IOM Indonesia', 'international_organisation', 'ID', null),
  agency('NGO-RUMAHFAYE', 'Yayasan Rumah Faye (Batam)', 'Rumah Faye', 'ngo', 'ID', '21.71'),
  agency('PDRM-JOHOR', 'Polis Diraja Malaysia, Ibu Pejabat Polis Kontinjen Johor', 'PDRM Johor', 'law_enforcement', 'MY', null),
  agency('JIM-JOHOR', 'Jabatan Imigresen Malaysia Negeri Johor', 'Imigresen Johor', 'immigration', 'MY', null),
  agency('APMM-JOHOR', 'Agensi Penguatkuasaan Maritim Malaysia, Maritim Negeri Johor', 'Maritim Johor', 'law_enforcement', 'MY', null),
  agency('JTK-JOHOR', 'Jabatan Tenaga Kerja Semenanjung Malaysia, Pejabat Negeri Johor', 'JTK Johor', 'central_government', 'MY', null),
  agency('MAPO-KDN', 'Sekretariat Majlis Antipemerdagangan Orang dan Antipenyeludupan Migran (MAPO), Kementerian Dalam Negeri', 'Sekretariat MAPO', 'central_government', 'MY', null),
];

function agency(
  code: string,
  name: string,
  shortName: string,
  type: CreateAgencyRequest['type'],
  country: string,
  regionCode: string | null,
): CreateAgencyRequest {
  return { code, name, shortName, type, country, regionCode, address: null, phone: null, email: null };
}

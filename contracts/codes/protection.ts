import type { AgencyType } from '../agencies';
import { codeList, e } from './code-list';

/**
 * Victim protection code lists. Risk factors follow the HTCDS 2.0 assessment sections (individual,
 * household, community), which give example questions only; the values here are the IOM handbook's
 * determinants as Kepri case workers meet them.
 */
export const individualRisk = codeList([
  e('age_minor', 'Usia anak', 'Age (a child)', 'Umur (kanak-kanak)'),
  e('health_physical', 'Kesehatan fisik', 'Physical health', 'Kesihatan fizikal'),
  e('health_mental', 'Kesehatan jiwa/trauma', 'Mental health or trauma', 'Kesihatan mental/trauma'),
  e('disability', 'Disabilitas', 'Disability', 'Kurang upaya'),
  e('no_documents', 'Tanpa dokumen identitas', 'No identity documents', 'Tiada dokumen pengenalan'),
  e('debt', 'Utang', 'Debt', 'Hutang'),
  e('pregnancy', 'Kehamilan', 'Pregnancy', 'Kehamilan'),
  e('substance_use', 'Penggunaan zat', 'Substance use', 'Penggunaan bahan'),
  e('other', 'Lainnya', 'Other', 'Lain-lain'),
]);

export const householdRisk = codeList([
  e('violence', 'Kekerasan dalam rumah tangga', 'Violence in the household', 'Keganasan rumah tangga'),
  e('poverty', 'Kemiskinan', 'Poverty', 'Kemiskinan'),
  e('family_involved', 'Keluarga terlibat perekrutan', 'Family involved in recruitment', 'Keluarga terlibat dalam perekrutan'),
  e('no_caregiver', 'Tanpa pengasuh', 'No caregiver', 'Tiada penjaga'),
  e('dependants', 'Menanggung tanggungan', 'Supports dependants', 'Menanggung tanggungan'),
  e('other', 'Lainnya', 'Other', 'Lain-lain'),
]);

export const communityRisk = codeList([
  e('recruiter_active', 'Perekrut aktif di kampung', 'Recruiters active in the community', 'Perekrut aktif dalam komuniti'),
  e('no_law_enforcement', 'Akses penegakan hukum lemah', 'Poor access to law enforcement', 'Akses penguatkuasaan lemah'),
  e('stigma', 'Stigma terhadap korban', 'Stigma against victims', 'Stigma terhadap mangsa'),
  e('no_services', 'Layanan tidak tersedia', 'No services nearby', 'Tiada perkhidmatan berdekatan'),
  e('no_work', 'Tidak ada lapangan kerja', 'No work available', 'Tiada peluang pekerjaan'),
  e('other', 'Lainnya', 'Other', 'Lain-lain'),
]);

/** HTCDS spl_Type, plus repatriation (the Batam return path) and psychosocial support. */
export const supportType = codeList([
  e('social_care', 'Rumah aman/perlindungan sosial', 'Shelter and social care', 'Rumah perlindungan/penjagaan sosial', 'Social Care'),
  e('health', 'Kesehatan', 'Health', 'Kesihatan', 'Health'),
  e('psychosocial', 'Psikososial', 'Psychosocial support', 'Sokongan psikososial', 'Health'),
  e('legal', 'Bantuan hukum', 'Legal aid', 'Bantuan guaman', 'Legal'),
  e('education', 'Pendidikan', 'Education', 'Pendidikan', 'Education'),
  e('financial', 'Bantuan keuangan', 'Financial support', 'Bantuan kewangan', 'Financial'),
  e('livelihood', 'Mata pencaharian', 'Livelihood', 'Mata pencarian', 'Livelihood'),
  e('rights_training', 'Pelatihan hak', 'Rights-based training', 'Latihan hak', 'Rights-based Training'),
  e('labour_rehabilitation', 'Rehabilitasi eksploitasi kerja', 'Labour exploitation rehabilitation', 'Pemulihan eksploitasi buruh', 'Labour Exploitation Rehabilitation'),
  e('sexual_rehabilitation', 'Rehabilitasi eksploitasi seksual', 'Sexual exploitation rehabilitation', 'Pemulihan eksploitasi seksual', 'Sexual Exploitation Rehabilitation'),
  e('repatriation', 'Pemulangan', 'Repatriation', 'Penghantaran pulang', 'Social Care'),
]);

export const planItemStatus = codeList([
  e('planned', 'Direncanakan', 'Planned', 'Dirancang'),
  e('in_progress', 'Berjalan', 'In progress', 'Sedang berjalan'),
  e('done', 'Selesai', 'Done', 'Selesai'),
  e('cancelled', 'Dibatalkan', 'Cancelled', 'Dibatalkan'),
]);

/** HTCDS cas_ReasonForOutgoingReferral. */
export const referralReason = codeList([
  e('additional_services', 'Butuh layanan tambahan', 'Additional services required', 'Perkhidmatan tambahan diperlukan', 'Additional Services Required'),
  e('change_of_location', 'Migrasi/pindah lokasi', 'Migration or change of location', 'Migrasi/pertukaran lokasi', 'Migration or Change of Location'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/**
 * Grounds on which a referral may be made without the victim's recorded consent: only what the law
 * requires (UU 21/2007 art. 43–44 and UU 35/2014 on child protection; a court order; a threat to life).
 */
export const referralLegalBasis = codeList([
  e('court_order', 'Perintah pengadilan', 'Court order', 'Perintah mahkamah'),
  e('criminal_investigation', 'Keperluan penyidikan TPPO (UU 21/2007)', 'TPPO investigation (Law 21/2007)', 'Siasatan TPPO (UU 21/2007)'),
  e('child_protection', 'Perlindungan anak (UU 35/2014)', 'Child protection (Law 35/2014)', 'Perlindungan kanak-kanak (UU 35/2014)'),
  e('threat_to_life', 'Ancaman terhadap nyawa', 'Threat to life', 'Ancaman kepada nyawa'),
]);

/** The return path of deportees and rescued migrants arriving from Malaysia through Batam, in order. */
export const returnStep = codeList([
  e('arrival', 'Kedatangan di Batam', 'Arrival in Batam', 'Ketibaan di Batam'),
  e('tppo_screening', 'Skrining TPPO', 'TPPO screening', 'Saringan TPPO'),
  e('shelter', 'Penampungan/rumah aman', 'Shelter', 'Rumah perlindungan'),
  e('travel_home', 'Pemulangan ke provinsi asal', 'Travel home to the origin province', 'Perjalanan pulang ke wilayah asal'),
  e('handover', 'Serah terima ke kabupaten/kota asal', 'Handover to the origin district', 'Serahan kepada daerah asal'),
]);

/**
 * The kinds of agency that sensibly carry out each step of the return path: the step's agency picker
 * offers only these ('other' always, for agencies not yet typed). The server does not enforce it.
 */
export const returnStepAgencyTypes: Record<(typeof returnStep.codes)[number], readonly AgencyType[]> = {
  arrival: ['immigration', 'migrant_worker_protection', 'law_enforcement', 'central_government', 'international_organisation', 'other'],
  tppo_screening: ['law_enforcement', 'migrant_worker_protection', 'social_services', 'local_government', 'international_organisation', 'ngo', 'other'],
  shelter: ['shelter', 'social_services', 'local_government', 'ngo', 'international_organisation', 'other'],
  travel_home: ['migrant_worker_protection', 'social_services', 'local_government', 'central_government', 'international_organisation', 'other'],
  handover: ['local_government', 'social_services', 'migrant_worker_protection', 'other'],
};

/** Why protection of a victim ended; dashboards count reached against lost. */
export const closureReason = codeList([
  e('reintegrated', 'Reintegrasi berhasil', 'Reintegrated', 'Berjaya diintegrasi semula'),
  e('services_completed', 'Layanan selesai', 'Services completed', 'Perkhidmatan selesai'),
  e('transferred', 'Dialihkan ke layanan lain', 'Transferred to other services', 'Dipindahkan ke perkhidmatan lain'),
  e('declined_services', 'Menolak layanan', 'Declined services', 'Menolak perkhidmatan'),
  e('lost_contact', 'Hilang kontak', 'Lost contact', 'Terputus hubungan'),
  e('moved_abroad', 'Kembali bermigrasi', 'Migrated again', 'Berhijrah semula'),
  e('died', 'Meninggal dunia', 'Died', 'Meninggal dunia'),
]);

export const referralStatus = codeList([
  e('pending', 'Menunggu', 'Pending', 'Menunggu'),
  e('accepted', 'Diterima', 'Accepted', 'Diterima'),
  e('declined', 'Ditolak', 'Declined', 'Ditolak'),
  e('revoked', 'Dibatalkan pengirim', 'Revoked by the sender', 'Dibatalkan oleh pengirim'),
  e('completed', 'Selesai', 'Completed', 'Selesai'),
]);

import type { Locale } from '#contracts/common';
import type { HelpDocument } from '#contracts/public-info';

// The built-in "where to get help" text (version 0). Numbers are those in the project's domain
// notes (SAPA 129 and its WhatsApp line, police 110, SP4N-LAPOR SMS 1708). Office markers show
// the city, not the building: administrators add exact addresses and phone numbers.

const hotlines = (t: { sapa: string; sapaWa: string; police: string; lapor: string }): HelpDocument['hotlines'] => [
  { name: 'SAPA 129', dial: '129', display: '129', description: t.sapa, whatsapp: false },
  { name: 'SAPA 129 WhatsApp', dial: '628111129129', display: '08111-129-129', description: t.sapaWa, whatsapp: true },
  { name: 'Polisi / Police 110', dial: '110', display: '110', description: t.police, whatsapp: false },
  { name: 'SP4N-LAPOR! SMS', dial: '1708', display: '1708', description: t.lapor, whatsapp: false },
];

const offices = (t: { bp3mi: string; p4mi: string; kjri: string }): HelpDocument['offices'] => [
  { name: 'BP3MI Kepulauan Riau', address: 'Kepulauan Riau', description: t.bp3mi, phone: null, lat: 1.128, lng: 104.053 },
  { name: 'P4MI Batam (Rumah Ramah / shelter)', address: 'Batam', description: t.p4mi, phone: null, lat: 1.145, lng: 104.02 },
  { name: 'KJRI Johor Bahru', address: 'Johor Bahru, Malaysia', description: t.kjri, phone: null, lat: 1.463, lng: 103.757 },
];

const id: HelpDocument = {
  kind: 'help',
  title: 'Minta bantuan',
  intro: 'Jika Anda atau keluarga ditawari pekerjaan yang mencurigakan, dipaksa bekerja, atau paspor ditahan, hubungi salah satu layanan ini. Gratis.',
  hotlines: hotlines({
    sapa: 'Layanan pengaduan KemenPPPA untuk perempuan dan anak, juga kasus perdagangan orang yang perlu koordinasi antarprovinsi atau antarnegara.',
    sapaWa: 'SAPA 129 lewat WhatsApp.',
    police: 'Keadaan darurat, orang akan diberangkatkan, atau ancaman kekerasan.',
    lapor: 'Pengaduan layanan pemerintah (SP4N-LAPOR!) lewat SMS; Anda mendapat nomor pelacakan.',
  }),
  offices: offices({
    bp3mi: 'Pemeriksaan dokumen, orientasi pra pemberangkatan, pemeriksaan di pelabuhan, dan penerimaan pekerja yang dideportasi. Penanda di peta menunjukkan kota, bukan gedung.',
    p4mi: 'Tempat penampungan untuk pekerja yang dideportasi dari negara tetangga sebelum pulang ke daerah asal.',
    kjri: 'Konsulat Jenderal RI di Johor Bahru: bantuan untuk WNI di Johor, termasuk yang paspornya ditahan atau ditangkap.',
  }),
  reportIntro: 'Melihat calo merekrut, atau orang akan diberangkatkan lewat jalur tidak resmi? Laporkan tanpa menyebut nama Anda.',
};

const en: HelpDocument = {
  kind: 'help',
  title: 'Get help',
  intro: 'If you or your family are offered a suspicious job, forced to work, or your passport is kept from you, contact one of these services. It is free.',
  hotlines: hotlines({
    sapa: 'The Ministry of Women and Children\'s complaint line, also for trafficking cases that need coordination across provinces or countries.',
    sapaWa: 'SAPA 129 on WhatsApp.',
    police: 'Emergencies, people about to be sent away, or threats of violence.',
    lapor: 'Complaints about government services (SP4N-LAPOR!) by SMS; you receive a tracking number.',
  }),
  offices: offices({
    bp3mi: 'Document checks, pre-departure orientation, checks at ports, and reception of deported workers. The map marker shows the city, not the building.',
    p4mi: 'Shelter for workers deported from neighbouring countries before they return home.',
    kjri: 'The Indonesian Consulate General in Johor Bahru: help for Indonesians in Johor, including those whose passport is held or who are detained.',
  }),
  reportIntro: 'Seen a broker recruiting, or people about to leave through an unofficial route? Report it without giving your name.',
};

const ms: HelpDocument = {
  kind: 'help',
  title: 'Dapatkan bantuan',
  intro: 'Jika anda atau keluarga ditawarkan pekerjaan yang mencurigakan, dipaksa bekerja, atau pasport anda ditahan, hubungi salah satu perkhidmatan ini. Percuma.',
  hotlines: hotlines({
    sapa: 'Talian aduan Kementerian Wanita dan Kanak-kanak Indonesia, juga untuk kes pemerdagangan orang yang memerlukan penyelarasan antara wilayah atau negara.',
    sapaWa: 'SAPA 129 melalui WhatsApp.',
    police: 'Kecemasan, orang yang akan dihantar pergi, atau ugutan keganasan (polis Indonesia).',
    lapor: 'Aduan tentang perkhidmatan kerajaan Indonesia (SP4N-LAPOR!) melalui SMS; anda menerima nombor penjejakan.',
  }),
  offices: offices({
    bp3mi: 'Pemeriksaan dokumen, orientasi pra-berlepas, pemeriksaan di pelabuhan, dan penerimaan pekerja yang diusir. Penanda pada peta menunjukkan bandar, bukan bangunan.',
    p4mi: 'Tempat perlindungan untuk pekerja yang diusir dari negara jiran sebelum pulang ke kampung.',
    kjri: 'Konsulat Jeneral Republik Indonesia di Johor Bahru: bantuan untuk rakyat Indonesia di Johor, termasuk yang pasportnya ditahan atau yang ditangkap.',
  }),
  reportIntro: 'Nampak ejen merekrut, atau orang akan pergi melalui laluan tidak rasmi? Laporkan tanpa memberi nama anda.',
};

export const defaultHelp: Record<Locale, HelpDocument> = { id, en, ms };

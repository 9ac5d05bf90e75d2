import type { Locale } from '#contracts/common';
import type { ProcedureDocument } from '#contracts/public-info';

// The built-in procedure text (version 0), shown until an administrator publishes a version.
// Facts from the project's domain notes (UU 18/2017, Permenaker 9/2019, Perban BP2MI 7/2022 and
// 9/2020, SISKOP2MI); wording is ours. Administrators correct and extend it without a release.

const id: ProcedureDocument = {
  kind: 'procedure',
  title: 'Cara resmi bekerja ke luar negeri',
  intro:
    'Bekerja ke luar negeri lewat jalur resmi melindungi Anda: kontrak jelas, visa kerja, jaminan sosial, dan negara tahu di mana Anda berada. Ikuti langkah berikut, berurutan.',
  steps: [
    { title: 'Daftar sebagai calon pekerja migran (CPMI)', what: 'Daftar secara online dengan NIK di SISKOP2MI atau SIAPkerja, atau datang ke Dinas Tenaga Kerja (Disnaker) atau Layanan Terpadu Satu Atap (LTSA) di kabupaten/kota Anda.', where: 'Online, Disnaker atau LTSA kabupaten/kota', cost: 'Gratis' },
    { title: 'Dapatkan informasi dan penyuluhan', what: 'Ikuti penyuluhan dari Disnaker, BP3MI atau P3MI. Pilih perusahaan penempatan (P3MI) yang berizin dan lowongan (job order) yang resmi.', where: 'Disnaker, BP3MI, kantor P3MI', cost: 'Gratis' },
    { title: 'Seleksi', what: 'P3MI bersama Disnaker menyeleksi calon pekerja untuk lowongan resmi.', where: 'Disnaker atau LTSA', cost: 'Gratis' },
    { title: 'Siapkan dokumen', what: 'KTP dan Kartu Keluarga; surat keterangan status perkawinan; izin suami/istri atau orang tua yang diketahui kepala desa; paspor; sertifikat kompetensi.', where: 'Kantor desa, Disdukcapil, Imigrasi', cost: 'Paspor dan surat keterangan polisi tidak boleh dibebankan kepada Anda untuk 10 jenis pekerjaan bebas biaya (lihat di bawah).' },
    { title: 'Pemeriksaan kesehatan dan psikologi', what: 'Periksa kesehatan dan psikologi di sarana kesehatan yang ditunjuk.', where: 'Sarana kesehatan yang ditunjuk', cost: 'Tidak boleh dibebankan kepada Anda untuk 10 jenis pekerjaan bebas biaya.' },
    { title: 'Tanda tangani perjanjian penempatan', what: 'Perjanjian penempatan dengan P3MI ditandatangani di LTSA atau Disnaker dan dicatat dalam sistem. Jangan tanda tangan di tempat lain.', where: 'LTSA atau Disnaker', cost: 'Gratis' },
    { title: 'Pelatihan dan uji kompetensi', what: 'Ikuti pelatihan kerja dan uji kompetensi jika pekerjaan memerlukannya.', where: 'Lembaga pelatihan', cost: 'Biaya pelatihan dan sertifikasi tidak boleh dibebankan kepada pekerja.' },
    { title: 'Jaminan sosial dan visa kerja', what: 'Daftar BPJS Ketenagakerjaan. Anda harus mendapat VISA KERJA, bukan visa kunjungan atau ziarah.', where: 'BPJS Ketenagakerjaan; visa diurus P3MI', cost: 'Tidak boleh dibebankan kepada Anda untuk 10 jenis pekerjaan bebas biaya.' },
    { title: 'Orientasi Pra Pemberangkatan (OPP) dan sidik jari', what: 'Ikuti OPP dan rekam sidik jari (biometrik) di BP3MI melalui SISKOP2MI. Dokumen Anda juga diperiksa di sini.', where: 'BP3MI', cost: 'Gratis' },
    { title: 'Tanda tangani perjanjian kerja', what: 'Tanda tangani perjanjian kerja (PK) dengan pemberi kerja, dalam bahasa yang Anda pahami. Baca dulu: gaji, jam kerja, libur, tempat kerja.', where: 'BP3MI (saat OPP)', cost: 'Gratis' },
    { title: 'Berangkat', what: 'Anda mendapat kartu E-PMI, lalu berangkat bersama P3MI dari pelabuhan atau bandara resmi.', where: 'Pelabuhan atau bandara resmi', cost: 'Tiket tidak boleh dibebankan kepada Anda untuk 10 jenis pekerjaan bebas biaya.' },
  ],
  zeroFee: {
    title: 'Pekerjaan yang bebas biaya penempatan',
    intro: 'Untuk 10 pekerjaan ini, Anda tidak boleh dimintai biaya penempatan sama sekali (Peraturan BP2MI 9/2020): tiket, visa kerja, legalisasi kontrak, pelatihan, sertifikat kompetensi, jasa perusahaan, paspor, SKCK, jaminan sosial, pemeriksaan kesehatan dan psikologi di dalam negeri. Pinjaman yang dipaksakan juga dilarang.',
    jobs: ['Pekerja rumah tangga', 'Pengasuh bayi', 'Perawat lansia', 'Juru masak', 'Sopir keluarga', 'Tukang kebun', 'Pengasuh anak', 'Petugas kebersihan', 'Pekerja ladang atau perkebunan', 'Awak kapal perikanan migran'],
  },
  warnings: [
    'Jangan berangkat "sebagai turis" lewat Batam atau pelabuhan mana pun untuk bekerja. Visa kunjungan bukan izin kerja.',
    'Jangan membayar ke rekening pribadi calo atau sponsor.',
    'Jangan serahkan paspor Anda kepada agen untuk disimpan.',
  ],
};

const en: ProcedureDocument = {
  kind: 'procedure',
  title: 'The official way to work abroad',
  intro:
    'Working abroad through the official route protects you: a clear contract, a work visa, social security, and your government knows where you are. Follow these steps in order.',
  steps: [
    { title: 'Register as a prospective migrant worker (CPMI)', what: 'Register online with your national ID number (NIK) in SISKOP2MI or SIAPkerja, or go to the district manpower office (Disnaker) or one-stop service (LTSA).', where: 'Online, district Disnaker or LTSA', cost: 'Free' },
    { title: 'Get information and counselling', what: 'Attend counselling by Disnaker, BP3MI or the recruiter. Choose a licensed recruitment company (P3MI) and an official job order.', where: 'Disnaker, BP3MI, P3MI office', cost: 'Free' },
    { title: 'Selection', what: 'The P3MI selects candidates for the official job order together with Disnaker.', where: 'Disnaker or LTSA', cost: 'Free' },
    { title: 'Prepare your documents', what: 'ID card (KTP) and family card (KK); marital-status letter; permission from your spouse or parents acknowledged by the village head; passport; competency certificate.', where: 'Village office, civil registry, Immigration', cost: 'For the 10 zero-fee jobs (below), the passport and police record may not be charged to you.' },
    { title: 'Medical and psychological check', what: 'Have the health and psychological check at an appointed facility.', where: 'Appointed health facility', cost: 'May not be charged to you for the 10 zero-fee jobs.' },
    { title: 'Sign the placement agreement', what: 'The placement agreement with the P3MI is signed at the LTSA or Disnaker and recorded in the system. Do not sign it anywhere else.', where: 'LTSA or Disnaker', cost: 'Free' },
    { title: 'Training and competency test', what: 'Take job training and the competency test where the job requires them.', where: 'Training centre', cost: 'Training and certification may not be charged to the worker.' },
    { title: 'Social security and work visa', what: 'Enrol in BPJS Ketenagakerjaan. You must receive a WORK VISA, not a visit or pilgrimage visa.', where: 'BPJS Ketenagakerjaan; the P3MI arranges the visa', cost: 'May not be charged to you for the 10 zero-fee jobs.' },
    { title: 'Pre-departure orientation (OPP) and fingerprints', what: 'Attend the OPP and give your fingerprints (biometrics) at BP3MI through SISKOP2MI. Your documents are checked here too.', where: 'BP3MI', cost: 'Free' },
    { title: 'Sign the employment contract', what: 'Sign the employment contract (PK) with the employer, in a language you understand. Read it first: wages, hours, days off, workplace.', where: 'BP3MI (during OPP)', cost: 'Free' },
    { title: 'Departure', what: 'You receive your E-PMI card and leave with the P3MI from an official port or airport.', where: 'Official port or airport', cost: 'For the 10 zero-fee jobs the ticket may not be charged to you.' },
  ],
  zeroFee: {
    title: 'Jobs with no placement fee',
    intro: 'For these 10 jobs no placement cost at all may be charged to you (BP2MI Regulation 9/2020): tickets, work visa, contract legalisation, training, competency certificate, company fees, passport, police record, social security, and medical and psychological checks at home. Imposed loans are banned too.',
    jobs: ['Housekeeper', 'Baby carer', 'Elderly carer', 'Cook', 'Family driver', 'Gardener', 'Child carer', 'Cleaner', 'Farm or plantation worker', 'Migrant fishing crew'],
  },
  warnings: [
    'Never travel "as a tourist" through Batam or any port to work. A visit visa is not a work permit.',
    'Never pay into a broker\'s or sponsor\'s personal bank account.',
    'Never hand your passport to an agent to keep.',
  ],
};

const ms: ProcedureDocument = {
  kind: 'procedure',
  title: 'Cara rasmi bekerja di luar negara',
  intro:
    'Bekerja di luar negara melalui saluran rasmi melindungi anda: kontrak yang jelas, visa kerja, keselamatan sosial, dan kerajaan tahu di mana anda berada. Ikut langkah-langkah ini mengikut urutan.',
  steps: [
    { title: 'Daftar sebagai bakal pekerja migran (CPMI)', what: 'Daftar dalam talian dengan nombor kad pengenalan (NIK) di SISKOP2MI atau SIAPkerja, atau pergi ke pejabat tenaga kerja daerah (Disnaker) atau pusat perkhidmatan sehenti (LTSA).', where: 'Dalam talian, Disnaker atau LTSA daerah', cost: 'Percuma' },
    { title: 'Dapatkan maklumat dan kaunseling', what: 'Hadiri kaunseling oleh Disnaker, BP3MI atau syarikat pengambilan. Pilih syarikat penempatan berlesen (P3MI) dan tawaran kerja (job order) yang rasmi.', where: 'Disnaker, BP3MI, pejabat P3MI', cost: 'Percuma' },
    { title: 'Pemilihan', what: 'P3MI bersama Disnaker memilih calon untuk tawaran kerja rasmi.', where: 'Disnaker atau LTSA', cost: 'Percuma' },
    { title: 'Sediakan dokumen', what: 'Kad pengenalan (KTP) dan kad keluarga (KK); surat status perkahwinan; izin suami/isteri atau ibu bapa yang diakui ketua kampung; pasport; sijil kecekapan.', where: 'Pejabat kampung, pendaftaran sivil, Imigresen', cost: 'Untuk 10 pekerjaan tanpa bayaran (di bawah), pasport dan rekod polis tidak boleh dikenakan kepada anda.' },
    { title: 'Pemeriksaan kesihatan dan psikologi', what: 'Jalani pemeriksaan kesihatan dan psikologi di kemudahan yang ditetapkan.', where: 'Kemudahan kesihatan yang ditetapkan', cost: 'Tidak boleh dikenakan kepada anda untuk 10 pekerjaan tanpa bayaran.' },
    { title: 'Tandatangani perjanjian penempatan', what: 'Perjanjian penempatan dengan P3MI ditandatangani di LTSA atau Disnaker dan direkodkan dalam sistem. Jangan tandatangan di tempat lain.', where: 'LTSA atau Disnaker', cost: 'Percuma' },
    { title: 'Latihan dan ujian kecekapan', what: 'Ikuti latihan kerja dan ujian kecekapan jika pekerjaan memerlukannya.', where: 'Pusat latihan', cost: 'Kos latihan dan pensijilan tidak boleh dikenakan kepada pekerja.' },
    { title: 'Keselamatan sosial dan visa kerja', what: 'Daftar BPJS Ketenagakerjaan. Anda mesti menerima VISA KERJA, bukan visa lawatan atau ziarah.', where: 'BPJS Ketenagakerjaan; visa diuruskan P3MI', cost: 'Tidak boleh dikenakan kepada anda untuk 10 pekerjaan tanpa bayaran.' },
    { title: 'Orientasi pra-berlepas (OPP) dan cap jari', what: 'Hadiri OPP dan berikan cap jari (biometrik) di BP3MI melalui SISKOP2MI. Dokumen anda juga diperiksa di sini.', where: 'BP3MI', cost: 'Percuma' },
    { title: 'Tandatangani kontrak pekerjaan', what: 'Tandatangani kontrak pekerjaan (PK) dengan majikan, dalam bahasa yang anda fahami. Baca dahulu: gaji, waktu kerja, cuti, tempat kerja.', where: 'BP3MI (semasa OPP)', cost: 'Percuma' },
    { title: 'Berlepas', what: 'Anda menerima kad E-PMI dan berlepas bersama P3MI dari pelabuhan atau lapangan terbang rasmi.', where: 'Pelabuhan atau lapangan terbang rasmi', cost: 'Untuk 10 pekerjaan tanpa bayaran, tiket tidak boleh dikenakan kepada anda.' },
  ],
  zeroFee: {
    title: 'Pekerjaan tanpa bayaran penempatan',
    intro: 'Untuk 10 pekerjaan ini, tiada kos penempatan langsung boleh dikenakan kepada anda (Peraturan BP2MI 9/2020): tiket, visa kerja, pengesahan kontrak, latihan, sijil kecekapan, yuran syarikat, pasport, rekod polis, keselamatan sosial, dan pemeriksaan kesihatan dan psikologi di Indonesia. Pinjaman yang dipaksa juga dilarang.',
    jobs: ['Pembantu rumah', 'Penjaga bayi', 'Penjaga warga emas', 'Tukang masak', 'Pemandu keluarga', 'Tukang kebun', 'Penjaga kanak-kanak', 'Pekerja pembersihan', 'Pekerja ladang', 'Anak kapal perikanan migran'],
  },
  warnings: [
    'Jangan sekali-kali pergi "sebagai pelancong" melalui Batam atau mana-mana pelabuhan untuk bekerja. Visa lawatan bukan permit kerja.',
    'Jangan membayar ke akaun bank peribadi ejen atau penaja.',
    'Jangan serahkan pasport anda kepada ejen untuk disimpan.',
  ],
};

export const defaultProcedure: Record<Locale, ProcedureDocument> = { id, en, ms };

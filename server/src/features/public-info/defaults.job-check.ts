import type { JobCheckRules } from '#contracts/public-info';

// The built-in job-offer check (version 0): the ILO indicators of forced labour (2012) and the
// Indonesian practical red flags (BP2MI, Disnaker, BP3MI Kepri) from the project's domain notes,
// as questions a family can answer before departure. Administrators publish new versions.

type Q = JobCheckRules['questions'][number];
const q = (question: Q): Q => question;

export const defaultJobCheckRules: JobCheckRules = {
  mediumFlagsForDanger: 2,
  questions: [
    q({
      id: 'licensed-recruiter', indicator: 'id.unlicensed-recruiter', flagWhen: 'no', severity: 'high',
      text: { id: 'Apakah perekrutnya perusahaan P3MI yang terdaftar dan berizin aktif?', en: 'Is the recruiter a registered P3MI company with an active licence?', ms: 'Adakah pengambil itu syarikat P3MI berdaftar dengan lesen aktif?' },
      explanation: { id: 'Hanya P3MI berizin (atau BP2MI) yang boleh menempatkan pekerja. Cek namanya di halaman "Cek P3MI".', en: 'Only licensed P3MIs (or BP2MI) may place workers. Check the name on the "Check a recruiter" page.', ms: 'Hanya P3MI berlesen (atau BP2MI) boleh menempatkan pekerja. Semak namanya di halaman "Semak P3MI".' },
    }),
    q({
      id: 'fee-personal-account', indicator: 'id.fee-to-personal-account', flagWhen: 'yes', severity: 'high',
      text: { id: 'Apakah Anda diminta membayar uang di muka, ke rekening pribadi?', en: 'Are you asked to pay money up front, into a personal account?', ms: 'Adakah anda diminta membayar wang terlebih dahulu, ke akaun peribadi?' },
      explanation: { id: 'Perusahaan resmi tidak meminta uang ke rekening pribadi. Ini cara umum penipuan dan jeratan utang.', en: 'Official companies do not ask for money into a personal account. This is a common route to fraud and debt bondage.', ms: 'Syarikat rasmi tidak meminta wang ke akaun peribadi. Ini cara biasa penipuan dan ikatan hutang.' },
    }),
    q({
      id: 'tourist-visa', indicator: 'id.visit-visa', flagWhen: 'yes', severity: 'high',
      text: { id: 'Apakah Anda akan berangkat dengan visa kunjungan, turis atau ziarah, atau disuruh "lewat Batam sebagai turis"?', en: 'Will you travel on a visit, tourist or pilgrimage visa, or were you told to "go through Batam as a tourist"?', ms: 'Adakah anda akan pergi dengan visa lawatan, pelancong atau ziarah, atau disuruh "lalu Batam sebagai pelancong"?' },
      explanation: { id: 'Pekerja resmi berangkat dengan visa kerja. Bekerja dengan visa kunjungan membuat Anda tanpa perlindungan dan bisa ditahan lalu dideportasi.', en: 'Official workers travel on a work visa. Working on a visit visa leaves you unprotected and at risk of detention and deportation.', ms: 'Pekerja rasmi pergi dengan visa kerja. Bekerja dengan visa lawatan menyebabkan anda tanpa perlindungan dan boleh ditahan lalu diusir.' },
    }),
    q({
      id: 'contract-understood', indicator: 'ilo.deception', flagWhen: 'no', severity: 'medium',
      text: { id: 'Apakah ada kontrak kerja tertulis, dalam bahasa yang Anda pahami?', en: 'Is there a written employment contract, in a language you understand?', ms: 'Adakah terdapat kontrak kerja bertulis, dalam bahasa yang anda fahami?' },
      explanation: { id: 'Tanpa kontrak yang Anda pahami, gaji, jam kerja dan jenis pekerjaan bisa berbeda dari yang dijanjikan (penipuan).', en: 'Without a contract you understand, wages, hours and the job itself can differ from what was promised (deception).', ms: 'Tanpa kontrak yang anda fahami, gaji, waktu kerja dan pekerjaan itu sendiri boleh berbeza daripada yang dijanjikan (penipuan).' },
    }),
    q({
      id: 'passport-kept', indicator: 'ilo.retention-of-documents', flagWhen: 'yes', severity: 'high',
      text: { id: 'Apakah agen atau majikan akan menyimpan paspor atau KTP Anda?', en: 'Will the agent or employer keep your passport or ID card?', ms: 'Adakah ejen atau majikan akan menyimpan pasport atau kad pengenalan anda?' },
      explanation: { id: 'Menahan dokumen identitas adalah tanda kerja paksa: tanpa paspor Anda tidak bisa pergi atau pulang.', en: 'Keeping identity documents is a sign of forced labour: without your passport you cannot leave or go home.', ms: 'Menahan dokumen pengenalan ialah tanda buruh paksa: tanpa pasport anda tidak boleh pergi atau pulang.' },
    }),
    q({
      id: 'debt', indicator: 'ilo.debt-bondage', flagWhen: 'yes', severity: 'high',
      text: { id: 'Apakah biaya akan "dipotong dari gaji" atau Anda harus berutang kepada agen?', en: 'Will costs be "deducted from your wages", or must you take a debt with the agent?', ms: 'Adakah kos akan "dipotong daripada gaji", atau anda perlu berhutang dengan ejen?' },
      explanation: { id: 'Utang kepada agen atau majikan bisa membuat Anda tidak bisa berhenti bekerja (jeratan utang). Pinjaman yang dipaksakan dilarang.', en: 'A debt to the agent or employer can make it impossible to stop working (debt bondage). Imposed loans are banned.', ms: 'Hutang kepada ejen atau majikan boleh menyebabkan anda tidak dapat berhenti bekerja (ikatan hutang). Pinjaman yang dipaksa adalah dilarang.' },
    }),
    q({
      id: 'zero-fee-job-charged', indicator: 'id.fee-for-zero-fee-job', flagWhen: 'yes', severity: 'medium',
      text: { id: 'Pekerjaannya rumah tangga, pengasuh, perawat lansia, juru masak, sopir, tukang kebun, kebersihan, perkebunan atau awak kapal ikan, dan Anda tetap diminta biaya?', en: 'Is the job domestic work, caring, cooking, driving, gardening, cleaning, plantation work or fishing crew, and are you still asked to pay fees?', ms: 'Adakah pekerjaan itu kerja rumah, penjagaan, memasak, memandu, berkebun, pembersihan, ladang atau anak kapal ikan, dan anda masih diminta membayar yuran?' },
      explanation: { id: 'Untuk 10 pekerjaan ini biaya penempatan tidak boleh dibebankan kepada pekerja (Peraturan BP2MI 9/2020).', en: 'For these 10 jobs no placement cost may be charged to the worker (BP2MI Regulation 9/2020).', ms: 'Untuk 10 pekerjaan ini tiada kos penempatan boleh dikenakan kepada pekerja (Peraturan BP2MI 9/2020).' },
    }),
    q({
      id: 'no-office', indicator: 'id.no-physical-office', flagWhen: 'yes', severity: 'medium',
      text: { id: 'Apakah perekrut hanya bisa dihubungi lewat Facebook, WhatsApp atau Telegram, tanpa kantor yang bisa Anda datangi?', en: 'Can the recruiter only be reached through Facebook, WhatsApp or Telegram, with no office you can visit?', ms: 'Adakah pengambil hanya boleh dihubungi melalui Facebook, WhatsApp atau Telegram, tanpa pejabat yang boleh anda lawati?' },
      explanation: { id: 'Perusahaan resmi punya kantor dan terdaftar. Perekrut yang hanya ada di media sosial sulit dimintai tanggung jawab.', en: 'Official companies have an office and are registered. A recruiter who exists only on social media cannot be held to account.', ms: 'Syarikat rasmi mempunyai pejabat dan berdaftar. Pengambil yang hanya wujud di media sosial sukar dipertanggungjawabkan.' },
    }),
    q({
      id: 'too-good', indicator: 'ilo.abuse-of-vulnerability', flagWhen: 'yes', severity: 'medium',
      text: { id: 'Apakah Anda didesak untuk segera berangkat, tanpa pemeriksaan kesehatan, pelatihan atau orientasi di BP3MI?', en: 'Are you pushed to leave quickly, without a medical check, training or orientation at BP3MI?', ms: 'Adakah anda didesak untuk segera pergi, tanpa pemeriksaan kesihatan, latihan atau orientasi di BP3MI?' },
      explanation: { id: 'Jalur resmi selalu melewati pemeriksaan kesehatan, orientasi dan sidik jari di BP3MI. Melewatkannya berarti Anda tidak tercatat dan tidak terlindungi.', en: 'The official route always includes a medical check, orientation and fingerprints at BP3MI. Skipping them means you are not recorded and not protected.', ms: 'Laluan rasmi sentiasa melalui pemeriksaan kesihatan, orientasi dan cap jari di BP3MI. Melangkauinya bermakna anda tidak direkodkan dan tidak dilindungi.' },
    }),
    q({
      id: 'movement-restricted', indicator: 'ilo.restriction-of-movement', flagWhen: 'yes', severity: 'high',
      text: { id: 'Apakah Anda diberi tahu tidak boleh keluar dari tempat kerja atau tempat tinggal, atau tidak boleh menghubungi keluarga?', en: 'Were you told you may not leave the workplace or lodging, or may not contact your family?', ms: 'Adakah anda diberitahu tidak boleh keluar dari tempat kerja atau tempat tinggal, atau tidak boleh menghubungi keluarga?' },
      explanation: { id: 'Pembatasan gerak dan isolasi adalah tanda kerja paksa.', en: 'Restricted movement and isolation are signs of forced labour.', ms: 'Sekatan pergerakan dan pengasingan ialah tanda buruh paksa.' },
    }),
    q({
      id: 'wages-held', indicator: 'ilo.withholding-of-wages', flagWhen: 'yes', severity: 'medium',
      text: { id: 'Apakah gaji akan "disimpan" oleh agen atau majikan sampai kontrak selesai?', en: 'Will your wages be "kept" by the agent or employer until the contract ends?', ms: 'Adakah gaji anda akan "disimpan" oleh ejen atau majikan sehingga kontrak tamat?' },
      explanation: { id: 'Menahan gaji membuat pekerja tidak bisa berhenti. Gaji dibayar kepada Anda sendiri.', en: 'Withheld wages keep workers from leaving. Wages are paid to you yourself.', ms: 'Menahan gaji menyebabkan pekerja tidak dapat berhenti. Gaji dibayar kepada anda sendiri.' },
    }),
    q({
      id: 'excessive-hours', indicator: 'ilo.excessive-overtime', flagWhen: 'yes', severity: 'medium',
      text: { id: 'Apakah Anda diberi tahu akan bekerja setiap hari tanpa libur, atau lebih dari 12 jam sehari?', en: 'Were you told you will work every day without a day off, or more than 12 hours a day?', ms: 'Adakah anda diberitahu akan bekerja setiap hari tanpa cuti, atau lebih daripada 12 jam sehari?' },
      explanation: { id: 'Lembur berlebihan dan kondisi kerja yang kejam adalah tanda kerja paksa.', en: 'Excessive overtime and abusive working conditions are signs of forced labour.', ms: 'Kerja lebih masa yang berlebihan dan keadaan kerja yang teruk ialah tanda buruh paksa.' },
    }),
  ],
  advice: {
    danger: { id: 'Tawaran ini sangat berisiko. Jangan berangkat dan jangan membayar. Hubungi SAPA 129, BP3MI atau Disnaker, atau laporkan tanpa nama.', en: 'This offer is very risky. Do not leave and do not pay. Call SAPA 129, BP3MI or Disnaker, or report it anonymously.', ms: 'Tawaran ini sangat berisiko. Jangan pergi dan jangan membayar. Hubungi SAPA 129, BP3MI atau Disnaker, atau laporkan tanpa nama.' },
    caution: { id: 'Ada hal yang perlu dicek. Tanyakan ke Disnaker atau BP3MI sebelum membayar atau menandatangani apa pun.', en: 'Some things need checking. Ask Disnaker or BP3MI before you pay or sign anything.', ms: 'Ada perkara yang perlu disemak. Tanya Disnaker atau BP3MI sebelum membayar atau menandatangani apa-apa.' },
    clear: { id: 'Tidak ditemukan tanda bahaya dari jawaban Anda. Tetap ikuti prosedur resmi dan cek P3MI-nya.', en: 'Your answers show no red flags. Still follow the official procedure and check the P3MI.', ms: 'Jawapan anda tidak menunjukkan tanda bahaya. Tetap ikut prosedur rasmi dan semak P3MI itu.' },
  },
};

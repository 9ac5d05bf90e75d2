import { defineMessages } from '../shell/i18n';

/** Texts of the /info pages' frame (page contents come from the server, editable by administrators). */
export const infoMessages = defineMessages(
  {
    homeTitle: 'Mau bekerja di luar negeri? Pastikan aman dan resmi',
    homeIntro: 'Informasi gratis untuk calon pekerja migran Indonesia dan keluarganya. Tanpa akun, tanpa biaya.',
    choiceProcedureTitle: 'Cara resmi bekerja ke luar negeri',
    choiceProcedureText: 'Langkah demi langkah: di mana, berapa biaya, dan pekerjaan yang bebas biaya penempatan.',
    choiceRecruiterTitle: 'Cek perusahaan perekrut (P3MI)',
    choiceRecruiterText: 'Apakah perusahaan itu punya izin resmi?',
    choiceOfferTitle: 'Cek tawaran kerja',
    choiceOfferText: 'Jawab beberapa pertanyaan dan lihat tanda bahaya.',
    choiceHelpTitle: 'Minta bantuan',
    choiceHelpText: 'Nomor darurat, kantor terdekat, dan laporan tanpa nama.',
  },
  {
    en: {
      homeTitle: 'Want to work abroad? Make sure it is safe and official',
      homeIntro: 'Free information for Indonesian migrant workers-to-be and their families. No account, no cost.',
      choiceProcedureTitle: 'The official way to work abroad',
      choiceProcedureText: 'Step by step: where, what it costs, and the jobs with no placement fee.',
      choiceRecruiterTitle: 'Check a recruitment company (P3MI)',
      choiceRecruiterText: 'Does the company hold an official licence?',
      choiceOfferTitle: 'Check a job offer',
      choiceOfferText: 'Answer a few questions and see the red flags.',
      choiceHelpTitle: 'Get help',
      choiceHelpText: 'Hotlines, nearby offices and anonymous reporting.',
    },
    ms: {
      homeTitle: 'Mahu bekerja di luar negara? Pastikan selamat dan rasmi',
      homeIntro: 'Maklumat percuma untuk bakal pekerja migran Indonesia dan keluarga mereka. Tanpa akaun, tanpa bayaran.',
      choiceProcedureTitle: 'Cara rasmi bekerja di luar negara',
      choiceProcedureText: 'Langkah demi langkah: di mana, berapa kosnya, dan pekerjaan tanpa bayaran penempatan.',
      choiceRecruiterTitle: 'Semak syarikat pengambilan (P3MI)',
      choiceRecruiterText: 'Adakah syarikat itu mempunyai lesen rasmi?',
      choiceOfferTitle: 'Semak tawaran kerja',
      choiceOfferText: 'Jawab beberapa soalan dan lihat tanda bahaya.',
      choiceHelpTitle: 'Dapatkan bantuan',
      choiceHelpText: 'Talian kecemasan, pejabat berdekatan dan laporan tanpa nama.',
    },
  },
);

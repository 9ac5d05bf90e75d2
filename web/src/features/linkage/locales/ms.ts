import type { LinkageMessages } from './id';

export const linkageMs: LinkageMessages = {
  suggestions: {
    title: 'Orang ini mungkin sudah direkodkan',
    intro: 'Rekod yang serupa dalam kes yang boleh anda lihat. Semak sebelum menambah; jika orangnya berlainan, teruskan sahaja.',
    checking: 'Mencari orang yang serupa…',
    probability: 'Kemungkinan orang yang sama: {{percent}}%',
    inCase: 'dalam kes {{number}}',
    openCase: 'Buka kes {{number}} (tab baharu)',
    notThisPerson: 'Bukan orang yang sama',
    evidenceCaption: 'Bukti bagi setiap medan',
    weight: 'pemberat {{weight}}',
    protected: 'Identiti dilindungi: buka kes itu dan paparkan identiti dengan alasan.',
  },
  fields: {
    fullName: 'Nama',
    birthDate: 'Tarikh lahir',
    sex: 'Jantina',
    nik: 'NIK',
    passportNumber: 'Pasport',
    phone: 'Telefon',
    originRegionCode: 'Daerah asal',
    address: 'Alamat',
  },
  levels: {
    missing: 'tiada pada satu pihak',
    different: 'berlainan',
    exact: 'sama',
    swapped: 'hari dan bulan tertukar',
    oneApart: 'beza satu aksara',
    twoApart: 'beza dua aksara',
    veryClose: 'sangat serupa',
    close: 'serupa',
    oneWord: 'satu perkataan sama (nama tunggal)',
    contained: 'semua perkataan nama pendek ada dalam nama panjang',
    reordered: 'perkataan sama, susunan lain',
  },
};

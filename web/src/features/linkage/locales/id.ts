/** Person linkage messages (Bahasa Indonesia, the default). */
export const linkageId = {
  suggestions: {
    title: 'Mungkin orang ini sudah tercatat',
    intro: 'Catatan yang mirip di kasus yang boleh Anda lihat. Periksa sebelum menambah; jika orangnya berbeda, lanjutkan saja.',
    checking: 'Mencari orang yang mirip…',
    probability: 'Kemungkinan sama: {{percent}}%',
    inCase: 'di kasus {{number}}',
    openCase: 'Buka kasus {{number}} (tab baru)',
    notThisPerson: 'Bukan orang yang sama',
    evidenceCaption: 'Bukti per kolom',
    weight: 'bobot {{weight}}',
    protected: 'Identitas dilindungi: buka kasusnya dan tampilkan identitas dengan alasan.',
  },
  fields: {
    fullName: 'Nama',
    birthDate: 'Tanggal lahir',
    sex: 'Jenis kelamin',
    nik: 'NIK',
    passportNumber: 'Paspor',
    phone: 'Telepon',
    originRegionCode: 'Daerah asal',
    address: 'Alamat',
  },
  levels: {
    missing: 'tidak ada di salah satu',
    different: 'berbeda',
    exact: 'sama',
    swapped: 'tanggal dan bulan tertukar',
    oneApart: 'beda satu karakter',
    twoApart: 'beda dua karakter',
    veryClose: 'sangat mirip',
    close: 'mirip',
    oneWord: 'satu kata sama (nama tunggal)',
    contained: 'semua kata nama pendek ada di nama panjang',
    reordered: 'kata sama, urutan lain',
  },
};
export type LinkageMessages = typeof linkageId;

import type { ProtectionMessages } from './id';

export const protectionMs: ProtectionMessages = {
  title: 'Rujukan mangsa',
  intro: 'Rujukan mangsa dari dan kepada agensi anda. Terima atau tolak rujukan yang masuk; rujukan yang melepasi tarikh akhir ditandakan.',
  boxLabel: 'Papar',
  boxes: { 'to-me': 'Dirujuk kepada saya', 'by-me': 'Dirujuk oleh saya', pending: 'Menunggu', overdue: 'Lewat tarikh akhir' },
  caption: 'Rujukan',
  victim: 'Mangsa',
  openCase: 'Buka kes',
  reason: 'Sebab',
  due: 'Tarikh akhir',
  status: 'Status',
  overdue: 'Lewat tarikh akhir',
  actions: 'Tindakan',
  accept: 'Terima',
  decline: 'Tolak',
  declineReason: 'Sebab rujukan ditolak',
  confirmDecline: 'Tolak rujukan',
  cancel: 'Batal',
  empty: 'Tiada rujukan.',
};

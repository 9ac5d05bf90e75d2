import type { Role } from '#contracts/access';

/** One demo account per role (demo mode only); passwords are random and printed once. */
export const demoAccounts: { email: string; displayName: string; agencyCode: string; roles: Role[] }[] = [
  { email: 'admin@demo.benteng.test', displayName: 'Admin Sistem (demo)', agencyCode: 'BPPD-KEPRI', roles: ['admin'] },
  { email: 'koordinator@demo.benteng.test', displayName: 'Koordinator BPPD (demo)', agencyCode: 'BPPD-KEPRI', roles: ['coordinator'] },
  { email: 'petugas.polda@demo.benteng.test', displayName: 'Petugas Polda Kepri (demo)', agencyCode: 'POLDA-KEPRI', roles: ['officer'] },
  { email: 'analis@demo.benteng.test', displayName: 'Analis Data (demo)', agencyCode: 'BPPD-KEPRI', roles: ['analyst'] },
  { email: 'pekerja.sosial@demo.benteng.test', displayName: 'Pekerja Sosial P4MI (demo)', agencyCode: 'P4MI-BATAM', roles: ['caseworker'] },
  { email: 'liaison.johor@demo.benteng.test', displayName: 'Liaison PDRM Johor (demo)', agencyCode: 'PDRM-JOHOR', roles: ['liaison'] },
];

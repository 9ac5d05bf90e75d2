export { authRoutes } from './auth.routes';
export { userRoutes } from './users.routes';
export { resolveSession } from './sessions';
export { createUser } from './users.service';
export { temporaryPassword, hashPassword } from './passwords';
export { countUsers, countActiveAdmins, findUserByEmail, findUserById } from './auth.repository';
export { purgeExpiredAuthData } from './auth.service';
export { authJobs } from './auth.jobs';
export { activeStaffOfAgency, staffByIds, type StaffMember } from './staff.repository';

export { recordAudit, recordAuditAlone, searchAudit, type AuditEvent } from './audit.service';
export { verifyAuditLog } from './audit.verify';
export { writeCheckpoint, readCheckpoints, type SignedCheckpoint } from './audit.checkpoints';
export { auditRoutes } from './audit.routes';
export { auditJobs } from './audit.jobs';
export { chainAuditLog, startAuditChainer, type AuditChainer } from './audit.chainer';

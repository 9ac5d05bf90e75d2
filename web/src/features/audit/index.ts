import './audit.css';

export { AuditPage, SignInActivityPage } from './audit-page';

import './auth.css';
export { useChangeLocale, useChangeTimeZone, useLogout, useMe, useSession, useSystemInfo } from './auth-api';
export { ChangePasswordPage } from './change-password-page';
export { EnrolPage } from './enrol-page';
export { LoginPage } from './login-page';
export { MfaPage } from './mfa-page';
export { isReauthenticationRequired, ReauthenticationDialog, useReauthentication } from './reauthentication';

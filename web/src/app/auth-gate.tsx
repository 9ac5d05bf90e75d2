import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { EnrolPage, LoginPage, MfaPage, useSession } from '../features/auth';
import { Button, ErrorAlert } from '../ui';
import { FullPageLoading, PublicShell } from './public-shell';
import { RedirectToSignIn } from './redirects';
import { SignedInApp } from './signed-in-app';

/** One sign-in step on its own path; every other path leads to it. */
function StepRoutes({ path, element }: { path: string; element: React.ReactNode }) {
  return (
    <PublicShell>
      <Routes>
        <Route path={path} element={element} />
        <Route path="*" element={<RedirectToSignIn to={path} />} />
      </Routes>
    </PublicShell>
  );
}

/** Shows the sign-in step the server says the visitor is at, or the application once signed in. */
export function AuthGate() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <FullPageLoading />;
  if (session.isError) {
    return (
      <PublicShell>
        <div className="stack">
          <ErrorAlert error={session.error} />
          <div>
            <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
          </div>
        </div>
      </PublicShell>
    );
  }
  const stage = session.data.stage;
  switch (stage) {
    case 'none':
    case 'expired':
      return <StepRoutes path="/login" element={<LoginPage isExpired={stage === 'expired'} />} />;
    case 'mfa':
      return <StepRoutes path="/login/mfa" element={<MfaPage />} />;
    case 'mfa-enrol':
      return <StepRoutes path="/login/enrol" element={<EnrolPage />} />;
    case 'active':
      return <SignedInApp />;
  }
}

import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { Permission } from '#contracts/access';
import type { Me } from '#contracts/auth';
import { ChangePasswordPage, useMe } from '../features/auth';
import { HomePage } from '../features/home';
import { applyLocale } from '../lib/i18n';
import { TimeZoneProvider } from '../lib/format-context';
import { ErrorAlert, Loading, PageHeader } from '../ui';
import { AppShell } from './app-shell';
import { RedirectAfterSignIn } from './redirects';
import { FullPageLoading, PublicShell } from './public-shell';

// Administration pages load on demand: most users never open them.
const UsersPage = lazy(() => import('../features/users').then((m) => ({ default: m.UsersPage })));
const UserDetailPage = lazy(() => import('../features/users').then((m) => ({ default: m.UserDetailPage })));
const AgenciesPage = lazy(() => import('../features/agencies').then((m) => ({ default: m.AgenciesPage })));
const AuditPage = lazy(() => import('../features/audit').then((m) => ({ default: m.AuditPage })));
const SignInActivityPage = lazy(() =>
  import('../features/audit').then((m) => ({ default: m.SignInActivityPage })),
);
// The case registry (with its own messages) loads when a case page is first opened.
const casePage = (name: 'CaseListPage' | 'NewCasePage' | 'CaseDetailPage') =>
  lazy(() =>
    import('../features/cases').then(async (m) => {
      await m.loadCaseMessages();
      return { default: m[name] };
    }),
  );
// The public-information administration, with its own messages, for administrators and coordinators.
const PublicInfoPage = lazy(() =>
  import('../features/public-info').then(async (m) => {
    await m.loadPublicInfoMessages();
    return { default: m.PublicInfoPage };
  }),
);
// Victim referrals, with their own messages.
const ReferralsPage = lazy(() =>
  import('../features/protection').then(async (m) => {
    await m.loadProtectionMessages();
    return { default: m.ReferralsPage };
  }),
);
// Community tips (triage), with their own messages.
const tipPage = (name: 'TipQueuePage' | 'TipDetailPage' | 'NewTipPage') =>
  lazy(() =>
    import('../features/tips').then(async (m) => {
      await m.loadTipsMessages();
      return { default: m[name] };
    }),
  );
// Agency imports (the wizard), with their own messages, for officers and coordinators.
const importPage = (name: 'ImportsPage' | 'ImportPage') =>
  lazy(() =>
    import('../features/imports').then(async (m) => {
      await m.loadImportsMessages();
      return { default: m[name] };
    }),
  );
const VictimProtectionPage = lazy(() =>
  import('../features/protection').then(async (m) => {
    await m.loadProtectionMessages();
    return { default: m.VictimProtectionPage };
  }),
);
const ProvidersPage = lazy(() =>
  import('../features/protection').then(async (m) => {
    await m.loadProtectionMessages();
    return { default: m.ProvidersPage };
  }),
);
// Dashboards, with their messages and the charting library, only when opened.
const DashboardsPage = lazy(() =>
  import('../features/dashboards').then(async (m) => {
    await m.loadDashboardsMessages();
    return { default: m.DashboardsPage };
  }),
);
// The task force and forum follow-up, with its own messages.
const taskforcePage = (name: 'BodiesPage' | 'BodyPage' | 'MeetingPage' | 'ActionItemsPage' | 'MatrixPage') =>
  lazy(() =>
    import('../features/taskforce').then(async (m) => {
      await m.loadTaskforceMessages();
      return { default: m[name] };
    }),
  );
// The risk map (MapLibre, loaded only here) and the vulnerability index, with their own messages.
const mapPage = (name: 'MapPage' | 'VulnerabilityPage') =>
  lazy(() =>
    import('../features/map').then(async (m) => {
      await m.loadMapMessages();
      return { default: m[name] };
    }),
  );
// Joint patrols and operations, with their messages and the map's (the area is drawn on it).
const patrolPage = (name: 'PatrolsPage' | 'NewPatrolPage' | 'PatrolPage') =>
  lazy(() =>
    import('../features/patrols').then(async (m) => {
      await m.loadPatrolsMessages();
      return { default: m[name] };
    }),
  );
// Person linkage review, with its own messages.
const linkagePage = (name: 'LinkageReviewPage' | 'PersonGroupPage') =>
  lazy(() =>
    import('../features/linkage').then(async (m) => {
      await m.loadLinkageMessages();
      return { default: m[name] };
    }),
  );
const CaseListPage = casePage('CaseListPage');
const NewCasePage = casePage('NewCasePage');
const CaseDetailPage = casePage('CaseDetailPage');

/** The user's saved language wins over this device's choice once they are signed in. */
function useAccountLocale(me: Me | undefined) {
  const locale = me?.locale;
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);
}

function Forbidden() {
  const { t } = useTranslation();
  return <PageHeader title={t('app.forbiddenTitle')} description={t('app.forbidden')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('app.notFoundTitle')} description={t('app.notFound')} />;
}

function Guarded({
  me,
  permission,
  children,
}: {
  me: Me;
  permission: Permission;
  children: React.ReactNode;
}) {
  if (!me.permissions.includes(permission)) return <Forbidden />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Pages behind a permission; without it the page says so instead of failing on every call. */
const guardedPages: { path: string; permission: Permission; Page: React.ComponentType }[] = [
  { path: '/cases', permission: 'cases.read', Page: CaseListPage },
  { path: '/cases/new', permission: 'cases.create', Page: NewCasePage },
  { path: '/cases/:id', permission: 'cases.read', Page: CaseDetailPage },
  { path: '/users', permission: 'users.read', Page: UsersPage },
  { path: '/users/:id', permission: 'users.read', Page: UserDetailPage },
  { path: '/agencies', permission: 'agencies.read', Page: AgenciesPage },
  { path: '/audit', permission: 'audit.read', Page: AuditPage },
  { path: '/sign-in-activity', permission: 'audit.read', Page: SignInActivityPage },
  { path: '/public-info', permission: 'public-info.manage', Page: PublicInfoPage },
  { path: '/protection', permission: 'protection.read', Page: ReferralsPage },
  { path: '/tips', permission: 'tips.read', Page: tipPage('TipQueuePage') },
  { path: '/dashboards', permission: 'dashboards.read', Page: DashboardsPage },
  { path: '/tips/new', permission: 'tips.manage', Page: tipPage('NewTipPage') },
  { path: '/tips/:id', permission: 'tips.read', Page: tipPage('TipDetailPage') },
  { path: '/imports', permission: 'imports.run', Page: importPage('ImportsPage') },
  { path: '/imports/:id', permission: 'imports.run', Page: importPage('ImportPage') },
  { path: '/protection/victims/:id', permission: 'protection.read', Page: VictimProtectionPage },
  { path: '/protection/providers', permission: 'protection.providers.manage', Page: ProvidersPage },
  { path: '/taskforce', permission: 'taskforce.read', Page: taskforcePage('BodiesPage') },
  { path: '/taskforce/bodies/:id', permission: 'taskforce.read', Page: taskforcePage('BodyPage') },
  { path: '/taskforce/meetings/:id', permission: 'taskforce.read', Page: taskforcePage('MeetingPage') },
  { path: '/taskforce/action-items', permission: 'taskforce.read', Page: taskforcePage('ActionItemsPage') },
  { path: '/taskforce/matrix', permission: 'taskforce.read', Page: taskforcePage('MatrixPage') },
  { path: '/map', permission: 'map.read', Page: mapPage('MapPage') },
  { path: '/map/vulnerability', permission: 'map.read', Page: mapPage('VulnerabilityPage') },
  { path: '/patrols', permission: 'patrols.read', Page: patrolPage('PatrolsPage') },
  { path: '/patrols/new', permission: 'patrols.manage', Page: patrolPage('NewPatrolPage') },
  { path: '/patrols/:id', permission: 'patrols.read', Page: patrolPage('PatrolPage') },
  { path: '/linkage', permission: 'linkage.review', Page: linkagePage('LinkageReviewPage') },
  { path: '/linkage/groups/:id', permission: 'linkage.review', Page: linkagePage('PersonGroupPage') },
];

function AppRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route path="/" element={<HomePage me={me} />} />
      {guardedPages.map(({ path, permission, Page }) => (
        <Route
          key={path}
          path={path}
          element={
            <Guarded me={me} permission={permission}>
              <Page />
            </Guarded>
          }
        />
      ))}
      <Route path="/change-password" element={<ChangePasswordPage isForced={false} />} />
      <Route path="/login/*" element={<RedirectAfterSignIn />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** Signed in: loads the account, then either forces a password change or opens the application. */
export function SignedInApp() {
  const me = useMe();
  useAccountLocale(me.data);
  if (me.isPending) return <FullPageLoading />;
  if (me.isError) {
    return (
      <PublicShell>
        <ErrorAlert error={me.error} />
      </PublicShell>
    );
  }
  const account = me.data;
  return (
    <TimeZoneProvider timeZone={account.timeZone}>
      {account.mustChangePassword ? (
        <AppShell me={account} showNavigation={false}>
          <Routes>
            <Route path="/change-password" element={<ChangePasswordPage isForced />} />
            <Route path="*" element={<Navigate to="/change-password" replace />} />
          </Routes>
        </AppShell>
      ) : (
        <AppShell me={account}>
          <AppRoutes me={account} />
        </AppShell>
      )}
    </TimeZoneProvider>
  );
}

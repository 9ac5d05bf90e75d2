import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '#contracts/access';
import type { Me } from '#contracts/auth';
import { Alert, Badge, Card, PageHeader } from '../../ui';
import { useFormat } from '../../lib/format-context';

type Capability =
  | 'casesCreate'
  | 'casesRead'
  | 'casesIdentity'
  | 'casesExport'
  | 'casesStatistics'
  | 'imports'
  | 'users'
  | 'agenciesRead'
  | 'agenciesManage'
  | 'audit'
  | 'reference';

/** What each permission lets the user do today, and where (if the client has a page for it). */
const capabilities: { key: Capability; permission: Permission; to?: string }[] = [
  { key: 'casesCreate', permission: 'cases.create', to: '/cases/new' },
  { key: 'casesRead', permission: 'cases.read', to: '/cases' },
  { key: 'casesIdentity', permission: 'cases.identity.view' },
  { key: 'casesExport', permission: 'cases.export', to: '/cases' },
  { key: 'casesStatistics', permission: 'cases.statistics' },
  { key: 'imports', permission: 'imports.run', to: '/imports' },
  { key: 'users', permission: 'users.manage', to: '/users' },
  { key: 'agenciesManage', permission: 'agencies.manage', to: '/agencies' },
  { key: 'agenciesRead', permission: 'agencies.read', to: '/agencies' },
  { key: 'audit', permission: 'audit.read', to: '/audit' },
  { key: 'reference', permission: 'reference.read' },
];

/** Lists the user's capabilities; managing agencies already covers reading them. */
function capabilitiesOf(permissions: readonly Permission[]) {
  const granted = capabilities.filter((c) => permissions.includes(c.permission));
  const manages = granted.some((c) => c.key === 'agenciesManage');
  return granted.filter((c) => !(manages && c.key === 'agenciesRead'));
}

export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader title={t('home.greeting', { name: me.displayName })} description={t('home.intro')} />
      <div className="home-grid">
        <Card title={t('home.accountTitle')}>
          <dl className="definition-list">
            <dt>{t('fields.email')}</dt>
            <dd>{me.email}</dd>
            <dt>{t('fields.agency')}</dt>
            <dd>
              {me.agency.name} <span className="muted">({me.agency.code})</span>
            </dd>
            <dt>{t('fields.roles')}</dt>
            <dd className="cluster">
              {me.roles.map((role) => (
                <Badge key={role} tone="info">
                  {t(`roles.${role}`)}
                </Badge>
              ))}
            </dd>
            <dt>{t('fields.timeZone')}</dt>
            <dd>{t(`timeZones.${format.timeZone}`)}</dd>
          </dl>
        </Card>
        <Card title={t('home.canDoTitle')}>
          <ul className="capability-list">
            {capabilitiesOf(me.permissions).map((capability) => (
              <li key={capability.key}>
                {capability.to ? (
                  <Link to={capability.to}>{t(`home.capabilities.${capability.key}`)}</Link>
                ) : (
                  t(`home.capabilities.${capability.key}`)
                )}
              </li>
            ))}
            <li>
              <Link to="/change-password">{t('home.capabilities.ownAccount')}</Link>
            </li>
          </ul>
        </Card>
      </div>
      <Alert tone="info" isLive={false} className="home-note" title={t('home.comingTitle')}>
        {t('home.coming')}
      </Alert>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../lib/format-context';
import { ErrorAlert, Loading, PageHeader } from '../../ui';
import { useMe } from '../auth';
import { UserAccountActions } from './user-account-actions';
import { UserEditForm } from './user-edit-form';
import { UserSessions } from './user-sessions';
import { UserStatusBadges } from './user-status';
import { useUser } from './users-api';

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const user = useUser(id);
  const canManage = me.data?.permissions.includes('users.manage') ?? false;

  if (user.isPending) return <Loading />;
  if (user.isError) {
    return (
      <div className="stack">
        <PageHeader title={t('users.title')} />
        <ErrorAlert error={user.error} />
        <Link to="/users">{t('users.backToList')}</Link>
      </div>
    );
  }
  const account = user.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/users">{t('users.backToList')}</Link>
      </p>
      <PageHeader title={account.displayName} description={account.email} />
      <div className="cluster user-summary">
        <UserStatusBadges user={account} />
        <span className="muted">
          {account.lastLoginAt
            ? t('users.lastLoginAt', { when: format.dateTime(account.lastLoginAt) })
            : t('users.neverSignedIn')}
        </span>
      </div>
      <div className="detail-grid">
        <UserEditForm key={account.version} user={account} canManage={canManage} />
        <div className="stack">
          {canManage ? <UserAccountActions user={account} /> : null}
          <UserSessions user={account} canManage={canManage} />
        </div>
      </div>
    </>
  );
}

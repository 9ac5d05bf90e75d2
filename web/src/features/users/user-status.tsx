import { useTranslation } from 'react-i18next';
import type { User } from '#contracts/users';
import { Badge } from '../../ui';

/** The states of an account an administrator acts on: disabled, no authenticator, temporary password. */
export function UserStatusBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <span className="cluster">
      {user.isDisabled ? (
        <Badge tone="danger">{t('users.status.disabled')}</Badge>
      ) : (
        <Badge tone="success">{t('users.status.active')}</Badge>
      )}
      {user.hasMfa ? null : <Badge tone="warning">{t('users.status.noMfa')}</Badge>}
      {user.mustChangePassword ? <Badge tone="neutral">{t('users.status.mustChangePassword')}</Badge> : null}
    </span>
  );
}

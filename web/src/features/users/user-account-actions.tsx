import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '#contracts/users';
import { Alert, Button, Card, ConfirmDialog } from '../../ui';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { userChangeProblem } from './user-edit-form';
import { useResetMfa, useResetPassword, useUpdateUser } from './users-api';

type Action = 'disable' | 'enable' | 'resetPassword' | 'resetMfa';

/** Disable or enable the account, issue a new one-time password, or remove the authenticator. */
export function UserAccountActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const update = useUpdateUser(user.id);
  const resetPassword = useResetPassword(user.id);
  const resetMfa = useResetMfa(user.id);
  const mutations = { disable: update, enable: update, resetPassword, resetMfa };
  const current = asking ? mutations[asking] : null;

  const finish = (action: Action) => {
    setAsking(null);
    setDone(action);
  };
  const confirm = () => {
    if (!asking) return;
    const action = asking;
    setDone(null);
    if (action === 'disable' || action === 'enable') {
      update.mutate(
        { isDisabled: action === 'disable', version: user.version },
        { onSuccess: () => finish(action) },
      );
    } else if (action === 'resetPassword') {
      resetPassword.mutate(undefined, {
        onSuccess: (result) => {
          finish(action);
          setPassword(result.temporaryPassword);
        },
      });
    } else {
      resetMfa.mutate(undefined, { onSuccess: () => finish(action) });
    }
  };
  const ask = (action: Action) => {
    mutations[action].reset();
    setAsking(action);
  };

  return (
    <Card title={t('users.actions.title')}>
      <div className="stack">
        {done ? <Alert tone="success">{t(`users.actions.${done}.done`)}</Alert> : null}
        <div className="action-row">
          <p>{user.isDisabled ? t('users.actions.enable.explain') : t('users.actions.disable.explain')}</p>
          <Button
            variant={user.isDisabled ? 'secondary' : 'danger'}
            onClick={() => ask(user.isDisabled ? 'enable' : 'disable')}
          >
            {user.isDisabled ? t('users.actions.enable.button') : t('users.actions.disable.button')}
          </Button>
        </div>
        <div className="action-row">
          <p>{t('users.actions.resetPassword.explain')}</p>
          <Button onClick={() => ask('resetPassword')}>{t('users.actions.resetPassword.button')}</Button>
        </div>
        <div className="action-row">
          <p>{user.hasMfa ? t('users.actions.resetMfa.explain') : t('users.actions.resetMfa.none')}</p>
          <Button onClick={() => ask('resetMfa')} disabled={!user.hasMfa}>
            {t('users.actions.resetMfa.button')}
          </Button>
        </div>
      </div>
      {asking ? (
        <ConfirmDialog
          isOpen
          title={t(`users.actions.${asking}.confirmTitle`, { name: user.displayName })}
          confirmLabel={t(`users.actions.${asking}.button`)}
          tone={asking === 'enable' ? 'primary' : 'danger'}
          isPending={current?.isPending}
          error={userChangeProblem(t, current?.error) ? null : current?.error}
          onConfirm={confirm}
          onCancel={() => setAsking(null)}
        >
          <p>{t(`users.actions.${asking}.confirm`)}</p>
          {userChangeProblem(t, current?.error) ? (
            <Alert tone="warning">{userChangeProblem(t, current?.error)}</Alert>
          ) : null}
        </ConfirmDialog>
      ) : null}
      {password ? (
        <OneTimePasswordDialog account={user} password={password} onClose={() => setPassword(null)} />
      ) : null}
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '#contracts/users';
import { Alert, Button, Card, ConfirmDialog } from '../../ui';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { userChangeProblem } from './user-edit-form';
import { useResetMfa, useResetPassword, useUpdateUser } from './users-api';

type Action = 'disable' | 'enable' | 'resetPassword' | 'resetMfa';

/** Each action runs once confirmed; a password reset answers the new one-time password. */
function useActionRunners(user: User) {
  const update = useUpdateUser(user.id);
  const resetPassword = useResetPassword(user.id);
  const resetMfa = useResetMfa(user.id);
  const setDisabled = (isDisabled: boolean) => () =>
    update.mutateAsync({ isDisabled, version: user.version }).then(() => null);
  return {
    disable: { mutation: update, run: setDisabled(true) },
    enable: { mutation: update, run: setDisabled(false) },
    resetPassword: {
      mutation: resetPassword,
      run: () => resetPassword.mutateAsync().then((r) => r.temporaryPassword),
    },
    resetMfa: { mutation: resetMfa, run: () => resetMfa.mutateAsync().then(() => null) },
  } satisfies Record<Action, { mutation: { reset: () => void }; run: () => Promise<string | null> }>;
}

/** Disable or enable the account, issue a new one-time password, or remove the authenticator. */
export function UserAccountActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const runners = useActionRunners(user);
  const current = asking ? runners[asking].mutation : null;
  const problem = userChangeProblem(t, current?.error);
  const rows: { action: Action; explain: string; isDisabled?: boolean }[] = [
    user.isDisabled
      ? { action: 'enable', explain: t('users.actions.enable.explain') }
      : { action: 'disable', explain: t('users.actions.disable.explain') },
    { action: 'resetPassword', explain: t('users.actions.resetPassword.explain') },
    {
      action: 'resetMfa',
      explain: user.hasMfa ? t('users.actions.resetMfa.explain') : t('users.actions.resetMfa.none'),
      isDisabled: !user.hasMfa,
    },
  ];

  const ask = (action: Action) => {
    runners[action].mutation.reset();
    setAsking(action);
  };
  const confirm = (action: Action) => {
    setDone(null);
    runners[action].run().then(
      (temporaryPassword) => {
        setAsking(null);
        setDone(action);
        setPassword(temporaryPassword);
      },
      // The failure is on the mutation and shown in the dialog.
      () => undefined,
    );
  };

  return (
    <Card title={t('users.actions.title')}>
      <div className="stack">
        {done ? <Alert tone="success">{t(`users.actions.${done}.done`)}</Alert> : null}
        {rows.map(({ action, explain, isDisabled }) => (
          <div className="action-row" key={action}>
            <p>{explain}</p>
            <Button
              variant={action === 'disable' ? 'danger' : 'secondary'}
              onClick={() => ask(action)}
              disabled={isDisabled}
            >
              {t(`users.actions.${action}.button`)}
            </Button>
          </div>
        ))}
      </div>
      {asking ? (
        <ConfirmDialog
          isOpen
          title={t(`users.actions.${asking}.confirmTitle`, { name: user.displayName })}
          confirmLabel={t(`users.actions.${asking}.button`)}
          tone={asking === 'enable' ? 'primary' : 'danger'}
          isPending={current?.isPending}
          error={problem ? null : current?.error}
          onConfirm={() => confirm(asking)}
          onCancel={() => setAsking(null)}
        >
          <p>{t(`users.actions.${asking}.confirm`)}</p>
          {problem ? <Alert tone="warning">{problem}</Alert> : null}
        </ConfirmDialog>
      ) : null}
      {password ? (
        <OneTimePasswordDialog account={user} password={password} onClose={() => setPassword(null)} />
      ) : null}
    </Card>
  );
}

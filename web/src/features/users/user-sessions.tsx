import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '#contracts/users';
import { useFormat } from '../../lib/format-context';
import { Alert, Badge, Button, Card, ConfirmDialog, ErrorAlert, Loading, Table } from '../../ui';
import { useRevokeSessions, useUserSessions } from './users-api';

/** The account's open sessions, and a way to end them all at once (e.g. a lost phone). */
export function UserSessions({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessions = useUserSessions(user.id);
  const revoke = useRevokeSessions(user.id);
  const [isAsking, setIsAsking] = useState(false);
  const items = sessions.data?.items ?? [];

  return (
    <Card
      title={t('users.sessions.title')}
      actions={
        canManage ? (
          <Button
            variant="danger"
            size="sm"
            disabled={items.length === 0}
            onClick={() => {
              revoke.reset();
              setIsAsking(true);
            }}
          >
            {t('users.sessions.revokeAll')}
          </Button>
        ) : null
      }
    >
      <div className="stack">
        {revoke.data ? (
          <Alert tone="success">{t('users.sessions.revoked', { n: revoke.data.revoked })}</Alert>
        ) : null}
        {sessions.isPending ? <Loading /> : null}
        <ErrorAlert error={sessions.error} />
        {sessions.data ? (
          <Table
            caption={t('users.sessions.title')}
            rows={items}
            rowKey={(s) => s.id}
            empty={t('users.sessions.none')}
            columns={[
              {
                key: 'started',
                header: t('users.sessions.started'),
                render: (s) => format.dateTime(s.createdAt),
              },
              {
                key: 'lastSeen',
                header: t('users.sessions.lastSeen'),
                render: (s) => format.dateTime(s.lastSeenAt),
              },
              {
                key: 'current',
                header: t('users.sessions.thisDevice'),
                render: (s) => (s.isCurrent ? <Badge tone="info">{t('users.sessions.current')}</Badge> : '—'),
              },
            ]}
          />
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={isAsking}
        title={t('users.sessions.confirmTitle', { name: user.displayName })}
        confirmLabel={t('users.sessions.revokeAll')}
        tone="danger"
        isPending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoke.mutate(undefined, { onSuccess: () => setIsAsking(false) })}
        onCancel={() => setIsAsking(false)}
      >
        <p>{t('users.sessions.confirm')}</p>
      </ConfirmDialog>
    </Card>
  );
}

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { User } from '#contracts/users';
import { useFormat } from '../../lib/format-context';
import {
  Badge,
  Button,
  Card,
  ErrorAlert,
  Loading,
  PageHeader,
  Pagination,
  PlusIcon,
  Table,
  type Column,
} from '../../ui';
import { useAgencies } from '../agencies';
import { useMe } from '../auth';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { UserCreateDialog } from './user-create-dialog';
import { UserFilters } from './user-filters';
import { UserStatusBadges } from './user-status';
import { useUsers, type UserFilters as Filters } from './users-api';

const pageSize = 20;
const filterKeys = ['q', 'agencyId', 'role', 'status'] as const;

/** Filters live in the address, so a filtered list can be bookmarked and survives going back. */
function useFiltersInUrl() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    q: params.get('q') ?? undefined,
    agencyId: params.get('agencyId') ?? undefined,
    role: params.get('role') ?? undefined,
    status: (params.get('status') as Filters['status'] | null) ?? 'all',
  };
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const update = useCallback(
    (changes: Partial<Filters> & { page?: number }) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of filterKeys) {
            if (!(key in changes)) continue;
            const value = changes[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (changes.page && changes.page > 1) next.set('page', String(changes.page));
          else next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, page, update };
}

function useUserColumns(): Column<User>[] {
  const { t } = useTranslation();
  const format = useFormat();
  // The short names people use ("Polda Kepri"); the list answers with the full legal name only.
  const agencies = useAgencies();
  const shortNames = new Map((agencies.data?.items ?? []).map((a) => [a.id, a.shortName]));
  return [
    {
      key: 'name',
      header: t('fields.displayName'),
      render: (u) => (
        <div>
          <Link to={`/users/${u.id}`} className="cell-title">
            {u.displayName}
          </Link>
          <div className="muted">{u.email}</div>
        </div>
      ),
    },
    { key: 'agency', header: t('fields.agency'), render: (u) => shortNames.get(u.agencyId) ?? u.agencyName },
    {
      key: 'roles',
      header: t('fields.roles'),
      render: (u) => (
        <span className="cluster">
          {u.roles.map((r) => (
            <Badge key={r} tone="info">
              {t(`roles.${r}`)}
            </Badge>
          ))}
        </span>
      ),
    },
    { key: 'status', header: t('fields.status'), render: (u) => <UserStatusBadges user={u} /> },
    {
      key: 'lastLogin',
      header: t('users.lastLogin'),
      render: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('users.never')),
    },
  ];
}

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.data?.permissions.includes('users.manage') ?? false;
  const { filters, page, update } = useFiltersInUrl();
  const users = useUsers(filters);
  const columns = useUserColumns();
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<{ user: User; temporaryPassword: string } | null>(null);
  const onFilterChange = useCallback(
    (changes: Partial<Filters>) => update({ ...changes, page: 1 }),
    [update],
  );
  const items = users.data?.items ?? [];
  const pageCount = Math.ceil(items.length / pageSize);
  const shown = items.slice((page - 1) * pageSize, page * pageSize);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          canManage ? (
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setIsCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="stack">
          <UserFilters filters={filters} onChange={onFilterChange} />
          {users.isPending ? <Loading /> : null}
          <ErrorAlert error={users.error} />
          {users.data ? (
            <>
              <p className="muted" aria-live="polite">
                {t('users.count', { n: items.length })}
              </p>
              <Table
                caption={t('users.tableCaption')}
                columns={columns}
                rows={shown}
                rowKey={(u) => u.id}
                empty={t('common.noResults')}
              />
              <Pagination
                page={page}
                pageCount={pageCount}
                onPageChange={(p) => update({ ...filters, page: p })}
                label={t('users.paginationLabel')}
              />
            </>
          ) : null}
        </div>
      </Card>
      {isCreating ? (
        <UserCreateDialog
          onClose={() => setIsCreating(false)}
          onCreated={(result) => {
            setIsCreating(false);
            setCreated(result);
          }}
        />
      ) : null}
      {created ? (
        <OneTimePasswordDialog
          account={created.user}
          password={created.temporaryPassword}
          onClose={() => setCreated(null)}
        />
      ) : null}
    </>
  );
}

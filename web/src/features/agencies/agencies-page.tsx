import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '#contracts/agencies';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  ErrorAlert,
  Loading,
  PageHeader,
  PlusIcon,
  Table,
  TextField,
  type Column,
} from '../../ui';
import { useMe } from '../auth';
import { useAgencies } from './agencies-api';
import { countryName } from './agency-options';
import { AgencyFormDialog } from './agency-form-dialog';

type Editing = { agency: Agency | null } | null;

function useAgencyColumns(canManage: boolean, onEdit: (agency: Agency) => void): Column<Agency>[] {
  const { t } = useTranslation();
  const columns: Column<Agency>[] = [
    { key: 'code', header: t('fields.code'), render: (a) => <code>{a.code}</code> },
    {
      key: 'name',
      header: t('fields.agencyName'),
      render: (a) => (
        <div>
          <div className="cell-title">{a.shortName}</div>
          <div className="muted">{a.name}</div>
        </div>
      ),
    },
    { key: 'type', header: t('fields.agencyType'), render: (a) => t(`agencyTypes.${a.type}`) },
    { key: 'country', header: t('fields.country'), render: (a) => countryName(t, a.country) },
    { key: 'region', header: t('fields.regionCode'), render: (a) => a.regionCode ?? '—' },
    {
      key: 'status',
      header: t('fields.status'),
      render: (a) => (
        <Badge tone={a.isActive ? 'success' : 'neutral'}>
          {a.isActive ? t('common.active') : t('common.inactive')}
        </Badge>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (a) => (
        <Button
          size="sm"
          onClick={() => onEdit(a)}
          aria-label={t('agencies.editLabel', { name: a.shortName })}
        >
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return columns;
}

/** The directory of partner agencies; administrators add and edit them. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.data?.permissions.includes('agencies.manage') ?? false;
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const q = useDebouncedValue(search.trim());
  const agencies = useAgencies({ q: q || undefined, includeInactive });
  const columns = useAgencyColumns(canManage, (agency) => setEditing({ agency }));

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        description={t('agencies.intro')}
        actions={
          canManage ? (
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing({ agency: null })}>
              {t('agencies.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="stack">
          <div className="filters" role="search" aria-label={t('agencies.filtersLabel')}>
            <TextField
              label={t('common.search')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t('agencies.searchPlaceholder')}
            />
            <Checkbox
              label={t('agencies.includeInactive')}
              checked={includeInactive}
              onChange={(e) => setIncludeInactive(e.target.checked)}
              className="filters__checkbox"
            />
          </div>
          {agencies.isPending ? <Loading /> : null}
          <ErrorAlert error={agencies.error} />
          {agencies.data ? (
            <Table
              caption={t('agencies.tableCaption', { n: agencies.data.items.length })}
              columns={columns}
              rows={agencies.data.items}
              rowKey={(a) => a.id}
              empty={t('common.noResults')}
            />
          ) : null}
        </div>
      </Card>
      {editing ? (
        <AgencyFormDialog
          key={editing.agency?.id ?? 'new'}
          agency={editing.agency}
          isOpen
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Select, TextField } from '../../ui';
import { useAgencies } from '../agencies';
import { roleOptions } from './user-options';
import type { UserFilters as Filters } from './users-api';

interface UserFiltersProps {
  filters: Filters;
  onChange: (changes: Partial<Filters>) => void;
}

export function UserFilters({ filters, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [search, setSearch] = useState(filters.q ?? '');
  const settled = useDebouncedValue(search.trim());
  useEffect(() => {
    if (settled !== (filters.q ?? '')) onChange({ q: settled || undefined });
  }, [settled, filters.q, onChange]);

  return (
    <div className="filters" role="search" aria-label={t('users.filtersLabel')}>
      <TextField
        label={t('common.search')}
        type="search"
        placeholder={t('users.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        label={t('fields.agency')}
        emptyOption={t('users.allAgencies')}
        options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.shortName }))}
        value={filters.agencyId ?? ''}
        onChange={(e) => onChange({ agencyId: e.target.value || undefined })}
      />
      <Select
        label={t('fields.role')}
        emptyOption={t('users.allRoles')}
        options={roleOptions(t)}
        value={filters.role ?? ''}
        onChange={(e) => onChange({ role: e.target.value || undefined })}
      />
      <Select
        label={t('fields.status')}
        options={[
          { value: 'all', label: t('users.status.all') },
          { value: 'active', label: t('users.status.active') },
          { value: 'disabled', label: t('users.status.disabled') },
        ]}
        value={filters.status ?? 'all'}
        onChange={(e) => onChange({ status: e.target.value as Filters['status'] })}
      />
    </div>
  );
}

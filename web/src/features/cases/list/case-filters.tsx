import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseStatus,
  exploitationType,
  meansOfControl,
  recruitmentMethod,
  sensitivity,
} from '#contracts/codes/cases';
import type { CaseStatus } from '#contracts/cases';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { CheckboxGroup, Select, TextField } from '../../../ui';
import { useAgencies } from '../../agencies';
import { asCode, useCodes } from '../code-labels';
import type { CaseFilters as Filters } from '../cases-api';
import { PortSelect } from '../port-select';
import { RegionPicker } from '../region-picker';
import { activeFilterCount, sorts } from './list-query';

interface CaseFiltersProps {
  filters: Filters;
  onChange: (changes: Partial<Filters>) => void;
}

/**
 * Search as one types (debounced); the sort beside it. The box follows the address too, when a
 * saved filter or the back button changes the search.
 */
function SearchAndSort({ filters, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    if ((filters.q ?? '') !== search.trim()) setSearch(filters.q ?? '');
  }
  const settled = useDebouncedValue(search.trim());
  const addressQ = useRef(filters.q);
  useEffect(() => {
    addressQ.current = filters.q;
  }, [filters.q]);
  useEffect(() => {
    // Only what the user typed is sent: one letter matches too much, the API asks for two.
    const q = settled.length >= 2 ? settled : undefined;
    if (q !== addressQ.current) onChange({ q });
  }, [settled, onChange]);
  return (
    <div className="case-filters__main">
      <TextField
        label={t('cases.filters.search')}
        hint={t('cases.filters.searchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        className="case-filters__search"
      />
      <Select
        label={t('cases.filters.sort')}
        options={sorts.map((sort) => ({ value: sort, label: t(`cases.sorts.${sort}`) }))}
        value={filters.sort ?? 'reported_desc'}
        onChange={(event) => onChange({ sort: sorts.find((sort) => sort === event.target.value) })}
      />
    </div>
  );
}

/** The filters of the case list; each change updates the address, which drives the list. */
export function CaseFilters({ filters, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const agencies = useAgencies();
  const active = activeFilterCount(filters);
  // Open at first when the address already narrows the list; afterwards the user decides.
  const [isInitiallyOpen] = useState(active > 0);
  const any = t('cases.filters.any');
  const select = <K extends 'recruitmentMethod' | 'meansOfControl' | 'exploitationType' | 'sensitivity'>(
    key: K,
    list: Parameters<typeof options>[0],
  ) => ({
    emptyOption: any,
    options: options(list),
    value: filters[key] ?? '',
    onChange: (event: { target: { value: string } }) => onChange({ [key]: asCode(list, event.target.value) }),
  });

  return (
    <div className="case-filters" role="search" aria-label={t('cases.filters.label')}>
      <SearchAndSort filters={filters} onChange={onChange} />
      <details className="case-filters__more" open={isInitiallyOpen || undefined}>
        <summary>
          {active > 0 ? t('cases.filters.moreActive', { n: active }) : t('cases.filters.more')}
        </summary>
        <div className="case-filters__grid">
          <CheckboxGroup
            legend={t('cases.fields.status')}
            options={options(caseStatus)}
            value={filters.status ?? []}
            onChange={(next) =>
              onChange({
                status: next
                  .map((code) => asCode(caseStatus, code))
                  .filter((c): c is CaseStatus => c !== undefined),
              })
            }
          />
          <div className="form-grid">
            <TextField
              label={t('cases.filters.from')}
              type="date"
              value={filters.from ?? ''}
              onChange={(event) => onChange({ from: event.target.value || undefined })}
            />
            <TextField
              label={t('cases.filters.to')}
              type="date"
              value={filters.to ?? ''}
              onChange={(event) => onChange({ to: event.target.value || undefined })}
            />
          </div>
          <RegionPicker
            legend={t('cases.filters.region')}
            hint={t('cases.filters.regionHint')}
            value={filters.regionCode ?? null}
            onChange={(code) => onChange({ regionCode: code ?? undefined })}
            emptyLabel={any}
          />
          <div className="form-grid">
            <PortSelect
              label={t('cases.filters.port')}
              emptyLabel={any}
              value={filters.portId ?? null}
              onChange={(portId) => onChange({ portId: portId ?? undefined })}
            />
            <Select
              label={t('cases.filters.recruitmentMethod')}
              {...select('recruitmentMethod', recruitmentMethod)}
            />
            <Select label={t('cases.filters.meansOfControl')} {...select('meansOfControl', meansOfControl)} />
            <Select
              label={t('cases.filters.exploitationType')}
              {...select('exploitationType', exploitationType)}
            />
            <Select
              label={t('cases.fields.owningAgency')}
              emptyOption={any}
              options={(agencies.data?.items ?? []).map((agency) => ({
                value: agency.id,
                label: agency.shortName,
              }))}
              value={filters.agencyId ?? ''}
              onChange={(event) => onChange({ agencyId: event.target.value || undefined })}
            />
            <Select label={t('cases.fields.sensitivity')} {...select('sensitivity', sensitivity)} />
          </div>
        </div>
      </details>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { exploitationType, recruitmentMethod } from '#contracts/codes/cases';
import type { CodeList } from '#contracts/codes/code-list';
import { mapQuerySchema, type MapQuery } from '#contracts/map';
import { currentLocale, isLocale } from '../../lib/i18n';
import { Button, Select, TextField } from '../../ui';
import { useAgencies } from '../agencies';

const filterKeys = ['from', 'to', 'recruitmentMethod', 'exploitationType', 'agencyId'] as const satisfies readonly (keyof MapQuery)[];

/** The map's filters from the address; anything malformed is dropped, so an old link still opens. */
export function mapFiltersFromParams(params: URLSearchParams): MapQuery {
  const valid = filterKeys.flatMap((key) => {
    const value = params.get(key);
    return value && mapQuerySchema.shape[key].safeParse(value).success ? [[key, value] as const] : [];
  });
  return mapQuerySchema.parse(Object.fromEntries(valid));
}

interface MapFiltersProps {
  filters: MapQuery;
  onChange: (filters: MapQuery) => void;
}

/** Period, modus, exploitation type and owning agency; each change updates the address. */
export function MapFilters({ filters, onChange }: MapFiltersProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : currentLocale();
  const agencies = useAgencies();
  const any = t('map.filters.any');
  const options = <C extends string>(list: CodeList<C>) =>
    list.entries.map((entry) => ({ value: entry.code, label: entry.label[locale] }));
  const set = (key: keyof MapQuery, value: string) => {
    const next: Record<string, string | undefined> = { ...filters, [key]: value || undefined };
    onChange(mapFiltersFromParams(new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1])))));
  };
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <div className="map-filters" role="search" aria-label={t('map.filters.label')}>
      <TextField label={t('map.filters.from')} type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      <TextField label={t('map.filters.to')} type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      <Select
        label={t('map.filters.recruitmentMethod')}
        emptyOption={any}
        options={options(recruitmentMethod)}
        value={filters.recruitmentMethod ?? ''}
        onChange={(e) => set('recruitmentMethod', e.target.value)}
      />
      <Select
        label={t('map.filters.exploitationType')}
        emptyOption={any}
        options={options(exploitationType)}
        value={filters.exploitationType ?? ''}
        onChange={(e) => set('exploitationType', e.target.value)}
      />
      <Select
        label={t('map.filters.agency')}
        emptyOption={any}
        options={(agencies.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.shortName }))}
        value={filters.agencyId ?? ''}
        onChange={(e) => set('agencyId', e.target.value)}
      />
      {isFiltered ? (
        <Button variant="secondary" onClick={() => onChange({})}>
          {t('map.filters.reset')}
        </Button>
      ) : null}
    </div>
  );
}

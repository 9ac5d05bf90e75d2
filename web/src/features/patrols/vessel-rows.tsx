import { useTranslation } from 'react-i18next';
import { Button, FieldGroup, Select, TextField } from '../../ui';

export interface VesselRow {
  key: number;
  agencyId: string;
  name: string;
}

/** The vessels taking part, each of a participating agency. */
export function VesselRows({ rows, onChange, agencies, error }: { rows: VesselRow[]; onChange: (rows: VesselRow[]) => void; agencies: { id: string; name: string }[]; error?: string }) {
  const { t } = useTranslation();
  const set = (key: number, change: Partial<VesselRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <FieldGroup legend={t('patrols.fields.vessels')} hint={t('patrols.fields.vesselsHint')} error={error} isOptional>
      <div className="stack">
        {rows.map((row, index) => (
          <div key={row.key} className="patrol-row">
            <Select
              label={t('patrols.fields.vesselAgency', { n: index + 1 })}
              value={row.agencyId}
              emptyOption={t('common.choose')}
              options={agencies.map((a) => ({ value: a.id, label: a.name }))}
              onChange={(e) => set(row.key, { agencyId: e.target.value })}
            />
            <TextField label={t('patrols.fields.vesselName', { n: index + 1 })} value={row.name} maxLength={200} onChange={(e) => set(row.key, { name: e.target.value })} />
            <Button size="sm" variant="ghost" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              {t('patrols.fields.removeVessel', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button size="sm" onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key + 1)), agencyId: agencies.length === 1 ? agencies[0]!.id : '', name: '' }])}>
            {t('patrols.fields.addVessel')}
          </Button>
        </div>
      </div>
    </FieldGroup>
  );
}

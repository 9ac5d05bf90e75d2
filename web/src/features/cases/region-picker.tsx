import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldGroup, Select } from '../../ui';
import { ancestorCodes, useRegionChildren } from './reference-api';

const levelKeys = ['province', 'regency', 'district', 'village'] as const;

interface RegionLevelProps {
  depth: number;
  parent: string | null;
  selected: string | undefined;
  emptyLabel: string;
  onSelect: (code: string | null) => void;
}

/** One level of the picker: the children of the level above; nothing when there are none. */
function RegionLevel({ depth, parent, selected, emptyLabel, onSelect }: RegionLevelProps) {
  const { t } = useTranslation();
  const children = useRegionChildren(parent);
  const items = children.data?.items ?? [];
  if (children.isSuccess && items.length === 0) return null;
  return (
    <Select
      label={t(`cases.region.${levelKeys[depth] ?? 'village'}`)}
      emptyOption={children.isPending ? t('common.loading') : emptyLabel}
      options={items.map((region) => ({ value: region.code, label: region.name }))}
      value={selected ?? ''}
      onChange={(event) => onSelect(event.target.value || parent)}
    />
  );
}

interface RegionPickerProps {
  legend: ReactNode;
  value: string | null;
  onChange: (code: string | null) => void;
  hint?: ReactNode;
  error?: ReactNode;
  isOptional?: boolean;
  /** The deepest level offered: 3 stops at the district (kecamatan), 4 goes to the village. */
  depth?: 3 | 4;
  /** What an empty choice means here: "any" in a filter, "not known" in a form. */
  emptyLabel?: string;
}

/**
 * Chooses a Kemendagri region province → regency/city → district (→ village), each level listing
 * the children of the one above (from /api/reference/regions). Any level may be the answer.
 */
export function RegionPicker({
  legend,
  value,
  onChange,
  hint,
  error,
  isOptional,
  depth = 3,
  emptyLabel,
}: RegionPickerProps) {
  const { t } = useTranslation();
  const chain = value ? ancestorCodes(value) : [];
  const levels = [0, 1, 2, 3].slice(0, depth).filter((level) => level === 0 || chain[level - 1]);
  return (
    <FieldGroup legend={legend} hint={hint} error={error} isOptional={isOptional}>
      <div className="region-picker">
        {levels.map((level) => (
          <RegionLevel
            key={chain[level - 1] ?? 'root'}
            depth={level}
            parent={level === 0 ? null : (chain[level - 1] ?? null)}
            selected={chain[level]}
            emptyLabel={emptyLabel ?? t('common.choose')}
            onSelect={onChange}
          />
        ))}
      </div>
    </FieldGroup>
  );
}

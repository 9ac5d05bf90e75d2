import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Port } from '#contracts/reference';
import { Select, type SelectOptionGroup } from '../../ui';
import { useCountryNames } from './countries';
import { usePorts } from './reference-api';

/** Ports grouped by country, Indonesia first, each named with the place it serves. */
function portGroups(ports: readonly Port[], countryName: (code: string) => string): SelectOptionGroup[] {
  const order = ['ID', 'MY', 'SG'];
  const countries = [...new Set(ports.map((port) => port.country))].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
  );
  return countries.map((country) => ({
    label: countryName(country),
    options: ports
      .filter((port) => port.country === country)
      .map((port) => ({ value: port.id, label: `${port.name} — ${port.adminArea}` })),
  }));
}

interface PortSelectProps {
  label: ReactNode;
  value: string | null;
  onChange: (portId: string | null) => void;
  emptyLabel?: string;
  error?: ReactNode;
  hint?: ReactNode;
  isOptional?: boolean;
  required?: boolean;
}

/** An official port, ferry terminal or airport on either side of the border. */
export function PortSelect({ label, value, onChange, emptyLabel, ...rest }: PortSelectProps) {
  const { t } = useTranslation();
  const ports = usePorts();
  const countries = useCountryNames();
  return (
    <Select
      label={label}
      emptyOption={ports.isPending ? t('common.loading') : (emptyLabel ?? t('common.choose'))}
      options={[]}
      groups={portGroups(ports.data?.items ?? [], countries.name)}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      {...rest}
    />
  );
}

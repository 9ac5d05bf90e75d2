import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui';
import { useCountryNames } from './countries';

interface CountrySelectProps {
  label: ReactNode;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: ReactNode;
  hint?: ReactNode;
  isOptional?: boolean;
  required?: boolean;
}

/** A country by ISO code, named in the interface language. */
export function CountrySelect({ label, value, onChange, ...rest }: CountrySelectProps) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  return (
    <Select
      label={label}
      emptyOption={t('common.choose')}
      options={countries.options(value ? [value] : [])}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      {...rest}
    />
  );
}

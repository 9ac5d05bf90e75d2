import type { ReactNode } from 'react';
import { Checkbox } from './checkbox';
import { FieldGroup } from './field-group';

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  name?: string;
}

/** Several related checkboxes in a fieldset, with one error for the group. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  disabled,
  name,
}: CheckboxGroupProps) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <FieldGroup legend={legend} hint={hint} error={error}>
      <div className="checkbox-group">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            description={option.description}
            checked={value.includes(option.value)}
            disabled={disabled}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </div>
    </FieldGroup>
  );
}

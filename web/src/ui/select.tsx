import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { controlProps, Field } from './field';
import { useFieldIds } from './use-field-ids';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Options in labelled groups, listed after the ungrouped ones. */
  groups?: readonly SelectOptionGroup[];
  /** A first, empty choice such as "all agencies" or "choose…". */
  emptyOption?: string;
  hint?: ReactNode;
  error?: ReactNode;
  isOptional?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({
  label,
  options,
  groups = [],
  emptyOption,
  hint,
  error,
  id,
  isOptional,
  className,
  ref,
  ...rest
}: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      <select ref={ref} className="input select" {...controlProps(ids, hint, error)} {...rest}>
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

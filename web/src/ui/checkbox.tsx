import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

export function Checkbox({ label, description, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? `c${generated}`;
  return (
    <div className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        id={inputId}
        aria-describedby={description ? `${inputId}-desc` : undefined}
        {...rest}
      />
      <label htmlFor={inputId}>
        <span className="checkbox__label">{label}</span>
        {description ? (
          <span className="checkbox__description" id={`${inputId}-desc`}>
            {description}
          </span>
        ) : null}
      </label>
    </div>
  );
}

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  /** Read after the label (not as part of it), so the checkbox keeps a short name. */
  description?: ReactNode;
}

export function Checkbox({ label, description, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? `c${generated}`;
  const descriptionId = `${inputId}-desc`;
  return (
    <div className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        id={inputId}
        aria-describedby={description ? descriptionId : undefined}
        {...rest}
      />
      <div className="checkbox__text">
        <label htmlFor={inputId} className="checkbox__label">
          {label}
        </label>
        {description ? (
          <p className="checkbox__description" id={descriptionId}>
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

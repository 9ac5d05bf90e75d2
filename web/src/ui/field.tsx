import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldIds {
  inputId: string;
  hintId: string;
  errorId: string;
}

/** The attributes that tie a control to its label, hint and error. */
export function controlProps(ids: FieldIds, hint: ReactNode, error: ReactNode) {
  const parts = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean);
  return {
    id: ids.inputId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': parts.length > 0 ? parts.join(' ') : undefined,
  };
}

interface FieldProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Optional fields are marked in words; the others are required (the GOV.UK convention). */
  isOptional?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and error laid out the same way for every kind of input. */
export function Field({ ids, label, hint, error, isOptional, className, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
        {isOptional ? <span className="field__optional">{` ${t('common.optional')}`}</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldGroupProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Optional groups are marked in words, as single fields are. */
  isOptional?: boolean;
  children: ReactNode;
}

/** A fieldset of related controls with one legend, hint and error, read with the group. */
export function FieldGroup({ legend, hint, error, isOptional, children }: FieldGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['fieldset', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {legend}
        {isOptional ? <span className="field__optional">{` ${t('common.optional')}`}</span> : null}
      </legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { controlProps, Field } from './field';
import { useFieldIds } from './use-field-ids';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  isOptional?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input whose hint and error are read out with it. */
export function TextField({ label, hint, error, id, isOptional, className, ref, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      <input ref={ref} className="input" {...controlProps(ids, hint, error)} {...rest} />
    </Field>
  );
}

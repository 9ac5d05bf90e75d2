import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { controlProps, Field } from './field';
import { useFieldIds } from './use-field-ids';

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  isOptional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input (summaries, reasons, notes) whose hint and error are read with it. */
export function TextArea({
  label,
  hint,
  error,
  id,
  isOptional,
  className,
  ref,
  rows = 3,
  ...rest
}: TextAreaProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      <textarea
        ref={ref}
        rows={rows}
        className="input textarea"
        {...controlProps(ids, hint, error)}
        {...rest}
      />
    </Field>
  );
}

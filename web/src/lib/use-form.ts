import { useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldErrors } from './form-errors';

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** Form values with a typed setter, and the errors found by checking them before sending. */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  };
  /** The name, value and change handler of a text input or select bound to one field. */
  const bind = <K extends TextKeys<T>>(key: K) => ({
    name: String(key),
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as T[K]),
  });
  return { values, set, bind, setValues, clientErrors, setClientErrors };
}

export type FormState<T extends object> = ReturnType<typeof useFormValues<T>>;

/**
 * After a failed submit, moves focus to the first field marked invalid, so keyboard and screen
 * reader users land on the problem (its error is read with it through aria-describedby).
 * `triggers` are the error objects; a new one means a new failed attempt.
 */
export function useFocusFirstInvalid(triggers: readonly unknown[]): RefObject<HTMLFormElement | null> {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!triggers.some(Boolean)) return;
    const frame = requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // The triggers are the dependencies; their identity changes once per failed attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, triggers);
  return formRef;
}

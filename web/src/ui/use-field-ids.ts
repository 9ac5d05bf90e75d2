import { useId } from 'react';
import type { FieldIds } from './field';

export function useFieldIds(explicitId?: string): FieldIds {
  const generated = useId();
  const inputId = explicitId ?? `f${generated}`;
  return { inputId, hintId: `${inputId}-hint`, errorId: `${inputId}-error` };
}

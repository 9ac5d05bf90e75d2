import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorAlert } from '../../../ui';
import { useRecordChange } from '../protection-api';

/** Today's calendar day (UTC), the default date of a new entry. */
export const today = () => new Date().toISOString().slice(0, 10);

interface PartFormProps {
  casePersonId: string;
  /** The API path the form posts to. */
  path: string;
  body: () => unknown;
  submitLabel: string;
  onDone?: () => void;
  /** Shown instead of the generic message for a failure the caller understands. */
  explain?: (error: unknown) => ReactNode | null;
  children: ReactNode;
}

/** A form that adds one entry to a victim's record; the record reloads when it is saved. */
export function PartForm({ casePersonId, path, body, submitLabel, onDone, explain, children }: PartFormProps) {
  const { t } = useTranslation();
  const change = useRecordChange(casePersonId);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    change.mutate({ path, body: body() }, { onSuccess: () => (setSaved(true), onDone?.()) });
  };
  const explained = change.error ? explain?.(change.error) : null;
  return (
    <form className="stack protection-form" onSubmit={submit}>
      {children}
      {explained ?? <ErrorAlert error={change.error} />}
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={change.isPending}>
          {submitLabel}
        </Button>
        {saved && !change.isPending ? (
          <span role="status" className="muted">
            {t('protection.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

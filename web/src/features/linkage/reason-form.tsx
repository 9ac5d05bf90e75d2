import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextArea } from '../../ui';

/** The shortest reason the server accepts for a linkage decision or a reveal. */
export const minReason = 10;

/**
 * A reason and the actions that need it (confirm, reject, reveal, un-merge): the server records
 * the reason with the action. An action is refused here while the reason is too short.
 */
export function ReasonForm({
  label,
  hint,
  actions,
  footer,
}: {
  label: string;
  hint?: string;
  actions: { label: string; variant?: 'primary' | 'secondary' | 'danger'; isPending?: boolean; onRun: (reason: string) => void }[];
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const run = (action: (typeof actions)[number]) => (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < minReason) {
      setProblem(t('linkage.review.reasonTooShort', { n: minReason }));
      return;
    }
    setProblem(null);
    action.onRun(trimmed);
  };
  return (
    <form className="form linkage-reason" onSubmit={run(actions[0]!)} noValidate>
      <TextArea label={label} hint={hint} error={problem} value={reason} rows={2} onChange={(e) => {
          setReason(e.target.value);
          // A warning about a short reason goes once the reason is long enough.
          if (e.target.value.trim().length >= minReason) setProblem(null);
        }} />
      <div className="form-actions linkage-reason__actions">
        {actions.map((action, i) => (
          <Button
            key={action.label}
            type={i === 0 ? 'submit' : 'button'}
            variant={action.variant ?? 'secondary'}
            isPending={action.isPending}
            onClick={i === 0 ? undefined : () => run(action)()}
          >
            {action.label}
          </Button>
        ))}
        {footer}
      </div>
    </form>
  );
}

import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { Button, Dialog, ErrorAlert, TextArea } from '../../ui';

interface ReasonDialogProps {
  title: string;
  description?: ReactNode;
  /** The shortest reason the server accepts for this action. */
  minLength: number;
  hint?: string;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  isPending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}

/**
 * Asks why before an action that must be justified (status changes, revealing an identity,
 * revoking a share, opening an identity document); the reason is recorded with the action.
 */
export function ReasonDialog({
  title,
  description,
  minLength,
  hint,
  confirmLabel,
  tone = 'primary',
  isPending,
  error,
  onConfirm,
  onCancel,
  children,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const serverProblem =
    isApiError(error) && error.issues.some((issue) => issue.path.endsWith('reason'))
      ? t('cases.reason.tooShort', { n: minLength })
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < minLength) {
      setProblem(trimmed ? t('cases.reason.tooShort', { n: minLength }) : t('validation.required'));
      return;
    }
    setProblem(null);
    onConfirm(trimmed);
  };

  return (
    <Dialog isOpen onClose={onCancel} title={title} description={description}>
      <form className="form" onSubmit={submit} noValidate>
        {children}
        <TextArea
          label={t('cases.reason.label')}
          hint={hint ?? t('cases.reason.hint', { n: minLength })}
          required
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={problem ?? serverProblem}
        />
        {serverProblem ? null : <ErrorAlert error={error} />}
        <div className="form-actions">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant={tone} isPending={isPending}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

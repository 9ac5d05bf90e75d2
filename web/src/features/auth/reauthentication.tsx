import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { okSchema } from '#contracts/common';
import { reauthRequestSchema } from '#contracts/auth';
import { apiRequest, isApiError } from '../../lib/api';
import { validateWith } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Button, Dialog, ErrorAlert, TextField } from '../../ui';

/** True when the server wants the password confirmed again before this action. */
export function isReauthenticationRequired(error: unknown): boolean {
  return isApiError(error) && error.code === 'REAUTHENTICATION_REQUIRED';
}

function useReauthenticate() {
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest('/api/auth/reauthenticate', { method: 'POST', body: { password }, schema: okSchema }),
  });
}

interface ReauthenticationDialogProps {
  onConfirmed: () => void;
  onCancel: () => void;
}

/** Asks for the password again; the server notes the confirmation on the session. */
export function ReauthenticationDialog({ onConfirmed, onCancel }: ReauthenticationDialogProps) {
  const { t } = useTranslation();
  const confirm = useReauthenticate();
  const form = useFormValues({ password: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, confirm.error]);
  const isWrong = isApiError(confirm.error) && confirm.error.code === 'INVALID_CREDENTIALS';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, reauthRequestSchema, form.values);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) confirm.mutate(checked.data.password, { onSuccess: onConfirmed });
  };

  return (
    <Dialog isOpen onClose={onCancel} title={t('auth.reauth.title')} description={t('auth.reauth.intro')}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="reauthentication-form">
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          {...form.bind('password')}
          error={form.clientErrors.password ?? (isWrong ? t('auth.reauth.wrong') : undefined)}
        />
        {isWrong ? null : <ErrorAlert error={confirm.error} />}
        <div className="form-actions">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={confirm.isPending}>
            {t('auth.reauth.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

interface Waiting {
  retry: () => void;
  cancel: () => void;
}

/**
 * Runs actions that need a recent password confirmation (exports, for instance). When the server
 * answers REAUTHENTICATION_REQUIRED, `dialog` asks for the password, and the action runs again
 * once it is confirmed; cancelling rejects with the server's original error.
 */
export function useReauthentication(): {
  run: <T>(action: () => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const run = useCallback(
    <T,>(action: () => Promise<T>): Promise<T> =>
      action().catch((error: unknown) => {
        if (!isReauthenticationRequired(error)) throw error;
        const refused = error as Error;
        return new Promise<T>((resolve, reject) => {
          setWaiting({
            retry: () => void action().then(resolve, reject),
            cancel: () => reject(refused),
          });
        });
      }),
    [],
  );
  const dialog = waiting ? (
    <ReauthenticationDialog
      onConfirmed={() => {
        setWaiting(null);
        waiting.retry();
      }}
      onCancel={() => {
        setWaiting(null);
        waiting.cancel();
      }}
    />
  ) : null;
  return { run, dialog };
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TFunction } from 'i18next';
import { passwordPolicy } from '#contracts/auth';
import { isApiError } from '../../lib/api';
import { describeIssue, fieldOfIssue, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Alert, Button, Card, Checkbox, ErrorAlert, PageHeader, TextField } from '../../ui';
import { useChangePassword } from './auth-api';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

function checkPasswords(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = 'required';
  if ([...values.newPassword].length < passwordPolicy.minLength) errors.newPassword = 'too-short';
  if ([...values.newPassword].length > passwordPolicy.maxLength) errors.newPassword = 'too-long';
  if (!values.newPassword) errors.newPassword = 'required';
  if (values.confirmPassword !== values.newPassword) errors.confirmPassword = 'mismatch';
  return errors;
}

/** The server may refuse a new password for several reasons at once; each is said in words. */
function serverErrors(t: TFunction, error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  if (error.code === 'INVALID_CREDENTIALS') return { currentPassword: t('auth.password.currentWrong') };
  const problems = error.issues.filter((issue) => fieldOfIssue(issue.path) === 'newPassword');
  if (problems.length === 0) return {};
  return { newPassword: problems.map((issue) => describeIssue(t, issue.code)).join(' ') };
}

/** Change one's own password; forced (with no way around) after a one-time password. */
export function ChangePasswordPage({ isForced }: { isForced: boolean }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const navigate = useNavigate();
  const [isVisible, setIsVisible] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const form = useFormValues<Values>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, change.error]);
  const clientMessages = Object.fromEntries(
    Object.entries(form.clientErrors).map(([field, code]) => [
      field,
      code ? describeIssue(t, code) : undefined,
    ]),
  );
  const errors: FieldErrors = { ...serverErrors(t, change.error), ...clientMessages };
  const isExplained =
    isApiError(change.error) &&
    (change.error.code === 'INVALID_CREDENTIALS' || change.error.code === 'PASSWORD_REJECTED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    const problems = checkPasswords(form.values);
    form.setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const { currentPassword, newPassword } = form.values;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          // A forced change leads into the application; a voluntary one stays and confirms.
          if (isForced) void navigate('/', { replace: true });
          else setIsDone(true);
        },
      },
    );
  };

  const type = isVisible ? 'text' : 'password';
  return (
    <div className="narrow-page">
      <PageHeader
        title={t('auth.password.title')}
        description={isForced ? t('auth.password.forcedIntro') : t('auth.password.intro')}
      />
      <Card>
        <form ref={formRef} className="form" onSubmit={submit} noValidate>
          {isDone ? <Alert tone="success">{t('auth.password.done')}</Alert> : null}
          <TextField
            label={t('fields.currentPassword')}
            hint={isForced ? t('auth.password.currentHintForced') : undefined}
            type={type}
            autoComplete="current-password"
            required
            {...form.bind('currentPassword')}
            error={errors.currentPassword}
          />
          <TextField
            label={t('fields.newPassword')}
            hint={t('auth.password.rules', { min: passwordPolicy.minLength })}
            type={type}
            autoComplete="new-password"
            required
            {...form.bind('newPassword')}
            error={errors.newPassword}
          />
          <TextField
            label={t('fields.confirmPassword')}
            type={type}
            autoComplete="new-password"
            required
            {...form.bind('confirmPassword')}
            error={errors.confirmPassword}
          />
          <Checkbox
            label={t('auth.password.show')}
            checked={isVisible}
            onChange={(e) => setIsVisible(e.target.checked)}
          />
          {isExplained ? null : <ErrorAlert error={change.error} />}
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={change.isPending}>
              {t('auth.password.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

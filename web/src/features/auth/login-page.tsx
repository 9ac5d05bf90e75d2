import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginRequestSchema } from '#contracts/auth';
import { validateWith } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Alert, Button, ErrorAlert, TextField } from '../../ui';
import { useLogin } from './auth-api';
import { AuthCard } from './auth-card';

/** E-mail and password: the first of the sign-in steps. */
export function LoginPage({ isExpired }: { isExpired: boolean }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useFormValues({ email: '', password: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, login.error]);
  const errors = form.clientErrors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, loginRequestSchema, form.values);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) login.mutate(checked.data);
  };

  return (
    <AuthCard title={t('auth.login.title')} intro={t('auth.login.intro')}>
      {isExpired && !login.error ? <Alert tone="warning">{t('auth.login.expired')}</Alert> : null}
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          {...form.bind('email')}
          error={errors.email}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
          {...form.bind('password')}
          error={errors.password}
        />
        <ErrorAlert error={login.error} />
        <Button type="submit" variant="primary" isPending={login.isPending} className="auth-card__submit">
          {t('auth.login.submit')}
        </Button>
      </form>
      <p className="auth-card__help">{t('auth.login.help')}</p>
    </AuthCard>
  );
}

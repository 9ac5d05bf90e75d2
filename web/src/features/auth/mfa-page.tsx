import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mfaVerifyRequestSchema } from '#contracts/auth';
import { validateWith } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Button, ErrorAlert, TextField } from '../../ui';
import { useLogout, useVerifySecondFactor } from './auth-api';
import { AuthCard } from './auth-card';

/** The second step: a code from the authenticator app, or one of the recovery codes. */
export function MfaPage() {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const logout = useLogout();
  const [isRecovery, setIsRecovery] = useState(false);
  const form = useFormValues({ code: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, verify.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, mfaVerifyRequestSchema, { code: form.values.code.replace(/\s/g, '') });
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) verify.mutate(checked.data.code);
  };

  const toggleRecovery = () => {
    setIsRecovery((current) => !current);
    form.set('code', '');
    form.setClientErrors({});
    verify.reset();
  };

  return (
    <AuthCard
      title={t('auth.mfa.title')}
      intro={isRecovery ? t('auth.mfa.recoveryIntro') : t('auth.mfa.intro')}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          key={isRecovery ? 'recovery' : 'totp'}
          label={isRecovery ? t('fields.recoveryCode') : t('fields.mfaCode')}
          hint={isRecovery ? t('auth.mfa.recoveryHint') : t('auth.mfa.codeHint')}
          autoComplete={isRecovery ? 'off' : 'one-time-code'}
          inputMode={isRecovery ? 'text' : 'numeric'}
          autoCapitalize="characters"
          spellCheck={false}
          required
          autoFocus
          className={isRecovery ? undefined : 'field--code'}
          {...form.bind('code')}
          error={form.clientErrors.code}
        />
        <ErrorAlert error={verify.error} />
        <Button type="submit" variant="primary" isPending={verify.isPending} className="auth-card__submit">
          {t('auth.mfa.submit')}
        </Button>
      </form>
      <div className="auth-card__links">
        <Button variant="ghost" size="sm" onClick={toggleRecovery}>
          {isRecovery ? t('auth.mfa.useAuthenticator') : t('auth.mfa.useRecovery')}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => logout.mutate()} isPending={logout.isPending}>
          {t('auth.backToLogin')}
        </Button>
      </div>
    </AuthCard>
  );
}

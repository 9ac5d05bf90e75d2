import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mfaEnrolRequestSchema } from '#contracts/auth';
import { validateWith } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Button, ErrorAlert, Loading, TextField } from '../../ui';
import { useConfirmEnrolment, useEnrolment, useFinishSignIn, useLogout } from './auth-api';
import { AuthCard } from './auth-card';
import { RecoveryCodes } from './recovery-codes';

/** The secret in groups of four, as authenticator apps ask it to be typed. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** First sign-in: set up an authenticator app, confirm it with a code, then keep the recovery codes. */
export function EnrolPage() {
  const { t } = useTranslation();
  const confirm = useConfirmEnrolment();
  const finish = useFinishSignIn();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <AuthCard title={t('auth.recovery.title')} intro={t('auth.recovery.intro')} wide>
        <RecoveryCodes codes={codes} onDone={() => void finish()} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.enrol.title')} intro={t('auth.enrol.intro')} wide>
      <EnrolSteps onConfirmed={setCodes} confirm={confirm} />
    </AuthCard>
  );
}

interface EnrolStepsProps {
  confirm: ReturnType<typeof useConfirmEnrolment>;
  onConfirmed: (codes: string[]) => void;
}

function EnrolSteps({ confirm, onConfirmed }: EnrolStepsProps) {
  const { t } = useTranslation();
  const enrolment = useEnrolment();
  const logout = useLogout();
  const form = useFormValues({ code: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, confirm.error]);

  if (enrolment.isPending) return <Loading />;
  if (enrolment.isError) return <ErrorAlert error={enrolment.error} />;
  const { secret, qrSvg } = enrolment.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, mfaEnrolRequestSchema, { code: form.values.code.replace(/\s/g, '') });
    form.setClientErrors(checked.errors ?? {});
    if (checked.data)
      confirm.mutate(checked.data.code, { onSuccess: (result) => onConfirmed(result.recoveryCodes) });
  };

  return (
    <ol className="enrol-steps">
      <li>
        <h2 className="enrol-steps__title">{t('auth.enrol.step1Title')}</h2>
        <p>{t('auth.enrol.step1')}</p>
      </li>
      <li>
        <h2 className="enrol-steps__title">{t('auth.enrol.step2Title')}</h2>
        <div className="enrol-qr">
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
            alt={t('auth.enrol.qrAlt')}
            width={200}
            height={200}
          />
          <div className="stack">
            <p>{t('auth.enrol.manual')}</p>
            <div>
              <p className="field__label">{t('auth.enrol.secretLabel')}</p>
              <p className="secret" data-testid="totp-secret">
                {groupSecret(secret)}
              </p>
            </div>
            <p className="muted">{t('auth.enrol.manualDetails')}</p>
          </div>
        </div>
      </li>
      <li>
        <h2 className="enrol-steps__title">{t('auth.enrol.step3Title')}</h2>
        <form ref={formRef} className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('fields.mfaCode')}
            hint={t('auth.mfa.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            className="field--code"
            {...form.bind('code')}
            error={form.clientErrors.code}
          />
          <ErrorAlert error={confirm.error} />
          <div className="cluster">
            <Button type="submit" variant="primary" isPending={confirm.isPending}>
              {t('auth.enrol.submit')}
            </Button>
            <Button variant="ghost" onClick={() => logout.mutate()}>
              {t('auth.backToLogin')}
            </Button>
          </div>
        </form>
      </li>
    </ol>
  );
}

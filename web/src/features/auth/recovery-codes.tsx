import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, CopyButton } from '../../ui';

interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

/** The recovery codes, shown once: the user must say they saved them before going on. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [isSaved, setIsSaved] = useState(false);
  return (
    <div className="stack">
      <Alert tone="warning" title={t('auth.recovery.warningTitle')}>
        {t('auth.recovery.warning')}
      </Alert>
      <ol className="recovery-codes" aria-label={t('auth.recovery.listLabel')} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="cluster">
        <CopyButton text={codes.join('\n')} label={t('auth.recovery.copy')} />
      </div>
      <Checkbox
        label={t('auth.recovery.confirmCheck')}
        checked={isSaved}
        onChange={(event) => setIsSaved(event.target.checked)}
      />
      <Button variant="primary" disabled={!isSaved} onClick={onDone} className="auth-card__submit">
        {t('auth.recovery.done')}
      </Button>
    </div>
  );
}

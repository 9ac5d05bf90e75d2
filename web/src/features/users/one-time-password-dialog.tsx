import { useTranslation } from 'react-i18next';
import { Alert, Button, CopyButton, Dialog } from '../../ui';

interface OneTimePasswordDialogProps {
  account: { displayName: string; email: string };
  password: string;
  onClose: () => void;
}

/**
 * Shows a one-time password once. The server keeps only its hash, so the dialog cannot be
 * dismissed by accident: only the explicit button closes it.
 */
export function OneTimePasswordDialog({ account, password, onClose }: OneTimePasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen
      isDismissable={false}
      onClose={onClose}
      title={t('users.oneTimePassword.title')}
      description={t('users.oneTimePassword.for', { name: account.displayName, email: account.email })}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('users.oneTimePassword.done')}
        </Button>
      }
    >
      <div className="stack">
        <Alert tone="warning" title={t('users.oneTimePassword.onceTitle')}>
          {t('users.oneTimePassword.once')}
        </Alert>
        <p className="secret" data-testid="one-time-password">
          {password}
        </p>
        <div>
          <CopyButton text={password} />
        </div>
      </div>
    </Dialog>
  );
}

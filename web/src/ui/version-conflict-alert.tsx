import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Button } from './button';

/** Someone else saved first: say so, and offer to load their version before trying again. */
export function VersionConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning">
      <p>{t('common.versionConflict')}</p>
      <Button size="sm" onClick={onReload}>
        {t('common.reload')}
      </Button>
    </Alert>
  );
}

import { useTranslation } from 'react-i18next';

/** A loading indicator that says what it is to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner spinner--dark" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

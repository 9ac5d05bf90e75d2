import { useTranslation } from 'react-i18next';
import { Button, ErrorAlert } from '../../ui';

/** A form's failure, its submit button and, once it has saved, a quiet "saved" read out by screen readers. */
export function SubmitRow({ label, mutation }: { label: string; mutation: { error: unknown; isPending: boolean; isSuccess: boolean } }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={mutation.error} />
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {label}
        </Button>
        {mutation.isSuccess ? (
          <span role="status" className="muted">
            {t('taskforce.saved')}
          </span>
        ) : null}
      </div>
    </>
  );
}

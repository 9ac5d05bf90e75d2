import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/form-errors';
import { Alert } from './alert';

/** A failure from the API, in the user's language, read out when it appears. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert tone="danger" title={title}>
      {errorMessage(t, error)}
    </Alert>
  );
}

import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '#contracts/imports';
import { Badge, type BadgeTone } from '../../ui';

const tones: Record<ImportBatch['status'], BadgeTone> = {
  uploaded: 'neutral',
  validated: 'info',
  committing: 'warning',
  committed: 'success',
  cancelled: 'neutral',
  failed: 'danger',
};

export function ImportStatusBadge({ status }: { status: ImportBatch['status'] }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`imports.statuses.${status}`)}</Badge>;
}

import { useTranslation } from 'react-i18next';
import type { TipSummary } from '#contracts/tips';
import { Badge } from '../../ui';

/** Status, overdue, escalation and unread markers of a tip, shared by the queue and the detail page. */
export function TipBadges({ tip }: { tip: TipSummary }) {
  const { t } = useTranslation();
  return (
    <span className="cluster">
      <Badge tone={tip.status === 'closed' ? 'neutral' : 'info'}>{t(`tips.statuses.${tip.status}`)}</Badge>
      {tip.outcome && <Badge tone="neutral">{t(`tips.outcomes.${tip.outcome}`)}</Badge>}
      {tip.isOverdue && <Badge tone="danger">{t('tips.overdue')}</Badge>}
      {tip.escalatedAt && <Badge tone="warning">{t('tips.escalated')}</Badge>}
      {tip.unreadFromReporter && <Badge tone="success">{t('tips.unread')}</Badge>}
    </span>
  );
}

/** The reasons behind the computed priority, as short labels. */
export function PriorityReasons({ tip }: { tip: TipSummary }) {
  const { t } = useTranslation();
  return (
    <span className="cluster">
      <strong>{tip.priority}</strong>
      {tip.priorityReasons.map((r) => (
        <Badge key={r} tone={r === 'children' || r === 'imminent_departure' ? 'warning' : 'neutral'}>
          {t(`tips.reasons.${r}`)}
        </Badge>
      ))}
    </span>
  );
}

/** The deadline that matters now: verification until verified, then action. */
export function currentDue(tip: TipSummary): string {
  return tip.status === 'new' || tip.status === 'verifying' ? tip.verifyDueAt : tip.actDueAt;
}

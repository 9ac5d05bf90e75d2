import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStatus } from '#contracts/cases';
import { caseStatus } from '#contracts/codes/cases';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format-context';
import { Alert, Button, Card } from '../../../ui';
import { StatusBadge } from '../case-badges';
import { useCodes } from '../code-labels';
import { useTransition } from '../cases-api';
import { ReasonDialog } from '../reason-dialog';

const minimumReasonLength = 3;

/** Why a move was refused: another version, or a status that no longer allows it (with the allowed ones). */
function TransitionProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { labels } = useCodes();
  if (!isApiError(error)) return null;
  if (error.code === 'VERSION_CONFLICT') return <Alert tone="warning">{t('common.versionConflict')}</Alert>;
  if (error.code !== 'INVALID_TRANSITION') return null;
  const allowed = error.allowed.filter((code): code is CaseStatus =>
    (caseStatus.codes as readonly string[]).includes(code),
  );
  return (
    <Alert tone="warning">
      {allowed.length > 0
        ? t('cases.workflow.refusedAllowed', { allowed: labels(caseStatus, allowed) })
        : t('cases.workflow.refused')}
    </Alert>
  );
}

/** The case's status and the moves open from it, each asking why (the reason goes into the history). */
export function StatusWorkflow({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { label } = useCodes();
  const transition = useTransition(detail.id);
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const explained =
    isApiError(transition.error) &&
    ['VERSION_CONFLICT', 'INVALID_TRANSITION'].includes(transition.error.code);

  return (
    <Card title={t('cases.workflow.title')} className="workflow">
      <div className="workflow__row">
        <p className="workflow__current">
          {t('cases.workflow.current')} <StatusBadge status={detail.status} />
        </p>
        {detail.allowedTransitions.length > 0 ? (
          <div className="cluster" role="group" aria-label={t('cases.workflow.movesLabel')}>
            {detail.allowedTransitions.map((to) => (
              <Button
                key={to}
                size="sm"
                variant={to.startsWith('closed') ? 'secondary' : 'primary'}
                onClick={() => {
                  transition.reset();
                  setTarget(to);
                }}
              >
                {t('cases.workflow.moveTo', { status: label(caseStatus, to) })}
              </Button>
            ))}
          </div>
        ) : (
          <p className="muted">
            {detail.canEdit ? t('cases.workflow.noMoves') : t('cases.workflow.readOnly')}
          </p>
        )}
      </div>
      {target ? (
        <ReasonDialog
          title={t('cases.workflow.dialogTitle', { status: label(caseStatus, target) })}
          description={t('cases.workflow.dialogIntro', {
            from: label(caseStatus, detail.status),
            to: label(caseStatus, target),
          })}
          minLength={minimumReasonLength}
          confirmLabel={t('cases.workflow.confirm')}
          isPending={transition.isPending}
          error={explained ? null : transition.error}
          onConfirm={(reason) =>
            transition.mutate(
              { to: target, reason, version: detail.version },
              { onSuccess: () => setTarget(null) },
            )
          }
          onCancel={() => setTarget(null)}
        >
          <TransitionProblem error={transition.error} />
        </ReasonDialog>
      ) : null}
    </Card>
  );
}

/** Every status the case has had, oldest first, with who moved it, when and why. */
export function StatusHistory({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label } = useCodes();
  return (
    <Card title={t('cases.workflow.historyTitle')} headingLevel={2}>
      <ol className="status-history">
        {detail.statusHistory.map((change, index) => (
          <li key={`${change.changedAt}-${index}`} className="status-history__item">
            <p>
              <strong>{label(caseStatus, change.to)}</strong>
              {change.from ? (
                <span className="muted">{` ${t('cases.workflow.fromStatus', { status: label(caseStatus, change.from) })}`}</span>
              ) : null}
            </p>
            <p className="muted">
              {t('cases.byWhen', { who: change.changedBy, when: format.dateTime(change.changedAt) })}
            </p>
            {change.reason ? <p className="status-history__reason">{change.reason}</p> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

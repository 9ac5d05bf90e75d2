import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PersonIdentity } from '#contracts/cases';
import type { GroupDecision, PersonGroup, ReviewRecord } from '#contracts/linkage-review';
import { linkageEvidenceFields } from '#contracts/person-links';
import { useFormat } from '../../lib/format-context';
import { Alert, Badge, Button, Card, ErrorAlert, Loading, PageHeader } from '../../ui';
import { ReasonForm } from './reason-form';
import { FieldText, fieldValue, RecordSource, useGenderLabel } from './record-view';
import { useGroupChange, usePersonGroup, useRevealRecords } from './review-api';
import './linkage.css';

/**
 * A change of the person that needs a reason (un-merge, detach, re-attach): a button that opens
 * the reason form (label, hint, a confirm button and cancel), and the server's refusal if any.
 */
function ReasonAction({
  change,
  label,
  mutation,
  onRun,
}: {
  change: 'unmerge' | 'detach' | 'reattach';
  label: string;
  mutation: { isPending: boolean; error: Error | null };
  onRun: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  if (!isOpen) return <Button onClick={() => setOpen(true)}>{t(`linkage.group.${change}`)}</Button>;
  return (
    <div className="linkage-action" role="group" aria-label={label}>
      <ReasonForm
        label={t(`linkage.group.${change}Reason`)}
        hint={t(`linkage.group.${change}Hint`)}
        actions={[{ label: t(`linkage.group.${change}Confirm`), variant: 'danger', isPending: mutation.isPending, onRun }]}
        footer={<Button variant="ghost" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}
      />
      <ErrorAlert error={mutation.error} />
    </div>
  );
}

/** One source record of the person: where it came from and what it says; detach where allowed. */
function SourceRecord({
  group,
  record,
  label,
  revealed,
  canDetach,
}: {
  group: PersonGroup;
  record: ReviewRecord;
  label: string;
  revealed: PersonIdentity | undefined;
  canDetach: boolean;
}) {
  const { t } = useTranslation();
  const sexLabel = useGenderLabel();
  const detach = useGroupChange(group.id, 'detach');
  return (
    <li className="linkage-record" data-testid="group-record">
      <h3>{label}</h3>
      <RecordSource record={record} isRevealed={revealed !== undefined} />
      <dl className="linkage-evidence">
        {linkageEvidenceFields.map((field) => {
          const value = fieldValue(t, record, revealed, field, sexLabel);
          return (
            <div key={field} className="linkage-evidence__row">
              <dt>{t(`linkage.fields.${field}`)}</dt>
              <dd className={value.masked ? 'linkage-masked' : undefined}>
                <FieldText value={value} />
              </dd>
            </div>
          );
        })}
      </dl>
      {canDetach ? (
        <ReasonAction
          change="detach"
          label={t('linkage.group.detachLabel', { record: label })}
          mutation={detach}
          onRun={(reason) => detach.mutate({ personId: record.personId, reason })}
        />
      ) : null}
    </li>
  );
}

function DecisionItem({ group, decision, names }: { group: PersonGroup; decision: GroupDecision; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const unmerge = useGroupChange(group.id, 'unmerge');
  const reattach = useGroupChange(group.id, 'reattach');
  const record = (personId: string) => names.get(personId) ?? t('linkage.group.recordElsewhere');
  const line = { who: decision.decidedBy ?? '—', date: format.dateTime(decision.decidedAt) };
  const isDetach = decision.kind === 'detach';
  return (
    <li className="linkage-decision" data-testid="group-decision">
      <p>
        {isDetach ? (
          t('linkage.group.detachLine', { record: record(decision.leftPersonId), ...line })
        ) : (
          <>
            <strong>{t(`linkage.group.sources.${decision.source}`)}</strong>{' '}
            {t('linkage.group.decisionLine', { left: record(decision.leftPersonId), right: record(decision.rightPersonId), ...line })}
          </>
        )}{' '}
        {decision.undone ? <Badge tone="neutral">{t('linkage.group.undone')}</Badge> : null}
      </p>
      <p className="muted">{t('linkage.group.reason', { reason: decision.reason })}</p>
      {decision.canUndo && !isDetach ? (
        <ReasonAction
          change="unmerge"
          label={t('linkage.group.unmerge')}
          mutation={unmerge}
          onRun={(reason) =>
            unmerge.mutate(
              { decisionId: decision.id, reason },
              { onSuccess: (result) => { if (!result.groupId) void navigate('/linkage', { state: { unmerged: true } }); } },
            )
          }
        />
      ) : null}
      {decision.canUndo && isDetach ? (
        <ReasonAction
          change="reattach"
          label={t('linkage.group.reattach')}
          mutation={reattach}
          onRun={(reason) => reattach.mutate({ decisionId: decision.id, reason })}
        />
      ) : null}
    </li>
  );
}

/** /linkage/groups/:id: one person known through several source records, with un-merge, detach and re-attach. */
export function PersonGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = usePersonGroup(id);
  const reveal = useRevealRecords(`/api/linkage/groups/${id}`);
  if (group.isPending) return <Loading />;
  if (group.error) return <ErrorAlert error={group.error} />;
  const { records, detached, decisions } = group.data;
  const names = new Map([
    ...records.map((r, i) => [r.personId, t('linkage.group.recordN', { n: i + 1 })] as const),
    ...detached.map((r, i) => [r.personId, t('linkage.group.detachedN', { n: i + 1 })] as const),
  ]);
  const hidden = [...records, ...detached].some((r) => r.identityProtected) && !reveal.data;
  const recordList = (list: readonly ReviewRecord[], canDetach: boolean) => (
    <ol className="linkage-records">
      {list.map((record) => (
        <SourceRecord
          key={record.personId}
          group={group.data}
          record={record}
          label={names.get(record.personId)!}
          revealed={reveal.data?.identities[record.personId]}
          canDetach={canDetach}
        />
      ))}
    </ol>
  );
  return (
    <div className="stack">
      <PageHeader
        title={t('linkage.group.title', { n: records.length })}
        description={t('linkage.group.intro')}
        actions={<Link to="/linkage">{t('linkage.group.backToQueue')}</Link>}
      />
      <Card title={t('linkage.group.records')}>
        <div className="stack">
          {hidden ? (
            <details className="linkage-reveal">
              <summary>{t('linkage.review.revealTitle')}</summary>
              <ReasonForm
                label={t('linkage.review.revealReason')}
                hint={t('linkage.review.revealHint')}
                actions={[{ label: t('linkage.review.reveal'), isPending: reveal.isPending, onRun: (reason) => reveal.mutate(reason) }]}
              />
              <ErrorAlert error={reveal.error} />
            </details>
          ) : null}
          {recordList(records, group.data.canDetach)}
          {group.data.canDetach ? null : <p className="muted">{t('linkage.group.detachWho')}</p>}
          {detached.length > 0 ? (
            <section className="stack" aria-labelledby="linkage-detached">
              <h3 id="linkage-detached">{t('linkage.group.detachedTitle')}</h3>
              <p className="muted">{t('linkage.group.detachedIntro')}</p>
              {recordList(detached, false)}
            </section>
          ) : null}
        </div>
      </Card>
      <Card title={t('linkage.group.decisions')}>
        <div className="stack">
          <Alert tone="info" isLive={false}>{t('linkage.group.unmergeRule')}</Alert>
          <ol className="linkage-decisions">
            {decisions.map((d) => (
              <DecisionItem key={d.id} group={group.data} decision={d} names={names} />
            ))}
          </ol>
        </div>
      </Card>
    </div>
  );
}

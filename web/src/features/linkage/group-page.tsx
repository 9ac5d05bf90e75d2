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
import { usePersonGroup, useRevealRecords, useUnmerge } from './review-api';
import './linkage.css';

/** One source record of the person: where it came from and what it says. */
function SourceRecord({ record, n, revealed }: { record: ReviewRecord; n: number; revealed: PersonIdentity | undefined }) {
  const { t } = useTranslation();
  const sexLabel = useGenderLabel();
  return (
    <li className="linkage-record" data-testid="group-record">
      <h3>{t('linkage.group.recordN', { n })}</h3>
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
    </li>
  );
}

function DecisionItem({ group, decision, names }: { group: PersonGroup; decision: GroupDecision; names: Map<string, number> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const unmerge = useUnmerge(group.id);
  const [open, setOpen] = useState(false);
  const record = (personId: string) =>
    names.has(personId) ? t('linkage.group.recordN', { n: names.get(personId) }) : t('linkage.group.recordElsewhere');
  return (
    <li className="linkage-decision" data-testid="group-decision">
      <p>
        <strong>{t(`linkage.group.sources.${decision.source}`)}</strong>{' '}
        {t('linkage.group.decisionLine', {
          left: record(decision.leftPersonId),
          right: record(decision.rightPersonId),
          who: decision.decidedBy ?? '—',
          date: format.dateTime(decision.decidedAt),
        })}{' '}
        {decision.undone ? <Badge tone="neutral">{t('linkage.group.undone')}</Badge> : null}
      </p>
      <p className="muted">{t('linkage.group.reason', { reason: decision.reason })}</p>
      {decision.canUnmerge && !open ? <Button onClick={() => setOpen(true)}>{t('linkage.group.unmerge')}</Button> : null}
      {decision.canUnmerge && open ? (
        <>
          <ReasonForm
            label={t('linkage.group.unmergeReason')}
            hint={t('linkage.group.unmergeHint')}
            actions={[
              {
                label: t('linkage.group.unmergeConfirm'),
                variant: 'danger',
                isPending: unmerge.isPending,
                onRun: (reason) =>
                  unmerge.mutate(
                    { decisionId: decision.id, reason },
                    { onSuccess: (result) => { if (!result.groupId) void navigate('/linkage', { state: { unmerged: true } }); } },
                  ),
              },
            ]}
            footer={<Button variant="ghost" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}
          />
          <ErrorAlert error={unmerge.error} />
        </>
      ) : null}
    </li>
  );
}

/** /linkage/groups/:id: one person known through several source records, with un-merge. */
export function PersonGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = usePersonGroup(id);
  const reveal = useRevealRecords(`/api/linkage/groups/${id}`);
  if (group.isPending) return <Loading />;
  if (group.error) return <ErrorAlert error={group.error} />;
  const { records, decisions } = group.data;
  const names = new Map(records.map((r, i) => [r.personId, i + 1]));
  const hidden = records.some((r) => r.identityProtected) && !reveal.data;
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
          <ol className="linkage-records">
            {records.map((record, i) => (
              <SourceRecord key={record.personId} record={record} n={i + 1} revealed={reveal.data?.identities[record.personId]} />
            ))}
          </ol>
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

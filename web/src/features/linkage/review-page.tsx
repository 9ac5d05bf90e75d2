import { useEffect, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonIdentity } from '#contracts/cases';
import type { PairBand, ReviewPair } from '#contracts/linkage-review';
import { useFormat } from '../../lib/format-context';
import { Alert, Badge, Button, Card, ErrorAlert, Loading, PageHeader, Select } from '../../ui';
import { useMe } from '../auth';
import { ReasonForm } from './reason-form';
import { PairComparison, RecordSource } from './record-view';
import { useDecidePair, useLinkageRuns, useRevealRecords, useReviewQueue, useSkipPair, useStartRun } from './review-api';
import './linkage.css';

/** The latest run and, for coordinators, a button to score the registry again. */
function RunStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const runs = useLinkageRuns();
  const start = useStartRun();
  const latest = runs.data?.runs[0];
  const busy = latest?.status === 'queued' || latest?.status === 'running';
  // When a run ends, the queue it filled is fetched again.
  const queryClient = useQueryClient();
  const finished = latest?.finishedAt ?? null;
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['linkage', 'pairs'] });
  }, [finished, queryClient]);
  return (
    <div className="linkage-run">
      <p aria-live="polite">
        {!latest
          ? t('linkage.review.noRunYet')
          : busy
            ? t('linkage.review.runBusy')
            : latest.status === 'failed'
              ? t('linkage.review.runFailed', { date: format.dateTime(latest.requestedAt) })
              : t('linkage.review.runDone', {
                  date: format.dateTime(latest.finishedAt ?? latest.requestedAt),
                  records: format.number(latest.records ?? 0),
                  pairs: format.number((latest.proposed ?? 0) + (latest.review ?? 0)),
                })}
      </p>
      {me.data?.permissions.includes('linkage.run') ? (
        <Button onClick={() => start.mutate()} isPending={start.isPending} disabled={busy}>
          {t('linkage.review.runNow')}
        </Button>
      ) : null}
      <ErrorAlert error={start.error} />
    </div>
  );
}

/** One pair: the two records side by side with the evidence, reveal, and the decision. */
function PairReview({
  pair,
  total,
  onSkipped,
  onDecided,
}: {
  pair: ReviewPair;
  total: number;
  onSkipped: (pair: ReviewPair) => void;
  onDecided: (pair: ReviewPair) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const decide = useDecidePair(onDecided);
  const skip = useSkipPair(onSkipped);
  const skipHintId = useId();
  const run = (decision: 'confirm' | 'reject') => (reason: string) => decide.mutate({ pairId: pair.id, decision, reason });
  const reveal = useRevealRecords(`/api/linkage/pairs/${pair.id}`);
  const revealed: Record<string, PersonIdentity> = reveal.data?.identities ?? {};
  const percent = Math.min(99, Math.max(1, Math.round(pair.probability * 100)));
  const hasHidden = (pair.left.identityProtected || pair.right.identityProtected) && !reveal.data;
  return (
    <Card
      title={t('linkage.review.pairTitle', { total })}
      actions={<Badge tone={pair.band === 'proposed' ? 'success' : 'warning'}>{t(`linkage.review.bands.${pair.band}`)}</Badge>}
    >
      <div className="stack" data-pair={pair.id}>
        <p className="linkage-probability">
          {t('linkage.review.probability', { percent })} <span className="muted">{t('linkage.review.priorNote', { weight: pair.priorWeight.toFixed(1) })}</span>
        </p>
        {pair.skipped ? (
          <p className="muted" data-testid="pair-skipped">
            {t('linkage.review.skippedBefore', { date: format.dateTime(pair.skipped.at), who: pair.skipped.by ?? '—' })}
          </p>
        ) : null}
        <div className="linkage-sources">
          <section aria-label={t('linkage.review.recordA')}>
            <h3>{t('linkage.review.recordA')}</h3>
            <RecordSource record={pair.left} isRevealed={pair.left.personId in revealed} />
          </section>
          <section aria-label={t('linkage.review.recordB')}>
            <h3>{t('linkage.review.recordB')}</h3>
            <RecordSource record={pair.right} isRevealed={pair.right.personId in revealed} />
          </section>
        </div>
        <PairComparison left={pair.left} right={pair.right} evidence={pair.evidence} revealed={revealed} />
        {hasHidden ? (
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
        <ReasonForm
          key={pair.id}
          label={t('linkage.review.decisionReason')}
          hint={t('linkage.review.decisionHint')}
          actions={[
            { label: t('linkage.review.confirm'), variant: 'primary', isPending: decide.isPending && decide.variables.decision === 'confirm', onRun: run('confirm') },
            { label: t('linkage.review.reject'), isPending: decide.isPending && decide.variables.decision === 'reject', onRun: run('reject') },
          ]}
          footer={
            <Button variant="ghost" onClick={() => skip.mutate(pair.id)} isPending={skip.isPending} disabled={decide.isPending} aria-describedby={skipHintId}>
              {t('linkage.review.skip')}
            </Button>
          }
        />
        <p className="muted" id={skipHintId}>{t('linkage.review.skipHint')}</p>
        <ErrorAlert error={decide.error ?? skip.error} />
      </div>
    </Card>
  );
}

/** /linkage: the review queue of possible duplicates, one pair at a time. */
export function LinkageReviewPage() {
  const { t } = useTranslation();
  const [band, setBand] = useState<PairBand | 'all'>('all');
  const [lastDecision, setLastDecision] = useState<ReviewPair | null>(null);
  const queue = useReviewQueue(band);
  const items = queue.data?.items ?? [];
  // The server orders the queue: pairs not skipped first, then skipped ones, oldest skip first.
  const current = items[0];
  const counts = queue.data?.counts;
  return (
    <div className="stack">
      <PageHeader title={t('linkage.review.title')} description={t('linkage.review.intro')} />
      <RunStatus />
      <div className="linkage-filters">
        <Select
          label={t('linkage.review.band')}
          value={band}
          onChange={(e) => setBand(e.target.value as PairBand | 'all')}
          options={[
            { value: 'all', label: t('linkage.review.bands.all', { n: (counts?.proposed ?? 0) + (counts?.review ?? 0) }) },
            { value: 'proposed', label: `${t('linkage.review.bands.proposed')} (${counts?.proposed ?? 0})` },
            { value: 'review', label: `${t('linkage.review.bands.review')} (${counts?.review ?? 0})` },
          ]}
        />
      </div>
      {lastDecision?.status === 'pending' ? (
        <Alert tone="info" title={t('linkage.review.skippedDone')} />
      ) : lastDecision ? (
        <Alert tone="success" title={t(`linkage.review.decided.${lastDecision.status === 'confirmed' ? 'confirmed' : 'rejected'}`)}>
          {lastDecision.status === 'confirmed' && lastDecision.left.groupId ? (
            <Link to={`/linkage/groups/${lastDecision.left.groupId}`}>{t('linkage.review.openGroup')}</Link>
          ) : null}
        </Alert>
      ) : null}
      {queue.isPending ? (
        <Loading />
      ) : queue.error ? (
        <ErrorAlert error={queue.error} />
      ) : current ? (
        <PairReview
          key={current.id}
          pair={current}
          total={items.length}
          onSkipped={setLastDecision}
          onDecided={setLastDecision}
        />
      ) : (
        <Alert tone="info" title={t('linkage.review.emptyTitle')}>
          {t('linkage.review.empty')}
        </Alert>
      )}
    </div>
  );
}

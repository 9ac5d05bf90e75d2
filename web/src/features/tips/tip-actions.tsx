import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tipOutcomes, tipWorkflow, type TipDetail, type TipStatus } from '#contracts/tips';
import { useFormat } from '../../lib/format-context';
import { Button, Card, ErrorAlert, Select, TextArea, TextField } from '../../ui';
import { useAgencies } from '../agencies';
import { currentDue } from './tip-badges';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useAssignTip, useCaseChoices, useGroupTip, useLinkTipToCase, useMoveTip, useRevealContact, useTipOfficers, useTips } from './tips-api';

interface TipCardProps {
  tip: TipDetail;
  mayManage: boolean;
}

/** The SLA deadlines and the next steps of the workflow (closing needs an outcome). */
export function WorkflowCard({ tip, mayManage }: TipCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const move = useMoveTip(tip.id);
  const [to, setTo] = useState<TipStatus | ''>('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const next = tipWorkflow[tip.status];
  const due = currentDue(tip);
  const submit = () =>
    move.mutate(
      { to: to as TipStatus, outcome: to === 'closed' ? (outcome as (typeof tipOutcomes)[number]) : undefined, reason, version: tip.version },
      { onSuccess: () => { setTo(''); setOutcome(''); setReason(''); } },
    );
  return (
    <Card title={t('tips.workflowTitle')}>
      <div className="stack">
        <dl className="tips-facts">
          <dt>{t('tips.verifyDue')}</dt>
          <dd className={tip.isOverdue && due === tip.verifyDueAt ? 'tips-overdue' : undefined}>{format.dateTime(tip.verifyDueAt)}</dd>
          <dt>{t('tips.actDue')}</dt>
          <dd className={tip.isOverdue && due === tip.actDueAt ? 'tips-overdue' : undefined}>{format.dateTime(tip.actDueAt)}</dd>
        </dl>
        {next.length === 0 ? (
          <p>{t('tips.finalStatus')}</p>
        ) : (
          mayManage && (
            <div className="stack">
              <Select
                label={t('tips.moveTo')}
                value={to}
                emptyOption={t('tips.chooseStatus')}
                onChange={(e) => setTo(e.target.value as TipStatus | '')}
                options={next.map((s) => ({ value: s, label: t(`tips.statuses.${s}`) }))}
              />
              {to === 'closed' && (
                <Select
                  label={t('tips.outcome')}
                  value={outcome}
                  emptyOption={t('tips.chooseOutcome')}
                  onChange={(e) => setOutcome(e.target.value)}
                  options={tipOutcomes.filter((o) => o !== 'case').map((o) => ({ value: o, label: t(`tips.outcomes.${o}`) }))}
                />
              )}
              <TextArea label={t('tips.reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              <ErrorAlert error={move.error} />
              <div>
                <Button variant="primary" disabled={move.isPending || !to || reason.trim().length < 3 || (to === 'closed' && !outcome)} onClick={submit}>
                  {t('tips.move')}
                </Button>
              </div>
            </div>
          )
        )}
      </div>
    </Card>
  );
}

/** Who handles the tip: an agency and, optionally, one of its officers who work tips, by name. */
export function AssignmentCard({ tip, mayManage, myId }: TipCardProps & { myId: string | undefined }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const assign = useAssignTip(tip.id);
  const [agencyId, setAgencyId] = useState(tip.agencyId ?? '');
  const [assigneeId, setAssigneeId] = useState(tip.assigneeId ?? '');
  const officers = useTipOfficers(mayManage ? agencyId : '');
  const agencyName = agencies.data?.items.find((a) => a.id === tip.agencyId)?.name ?? '…';
  const named = (id: string, name: string) => (id === myId ? `${name} (${t('tips.you')})` : name);
  const officer = tip.assigneeId === null ? null : named(tip.assigneeId, tip.assigneeName ?? t('tips.otherOfficer'));
  return (
    <Card title={t('tips.assignTitle')}>
      <div className="stack">
        <p data-testid="tip-assignment">
          {tip.agencyId ? t('tips.assignedAgency', { name: agencyName }) : t('tips.unassigned')}
          {officer && <><br />{t('tips.assignedOfficer', { name: officer })}</>}
        </p>
        {mayManage && (
          <>
            <Select
              label={t('tips.agency')}
              value={agencyId}
              emptyOption={t('tips.chooseAgency')}
              onChange={(e) => {
                setAgencyId(e.target.value);
                setAssigneeId('');
              }}
              options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
            {agencyId && (
              <Select
                label={t('tips.officer')}
                value={assigneeId}
                emptyOption={t('tips.noOfficer')}
                onChange={(e) => setAssigneeId(e.target.value)}
                options={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: named(o.id, o.displayName) }))}
              />
            )}
            <ErrorAlert error={assign.error ?? agencies.error ?? officers.error} />
            <div>
              <Button disabled={assign.isPending || !agencyId} onClick={() => assign.mutate({ agencyId, assigneeId: assigneeId || null, version: tip.version })}>
                {t('tips.assign')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

/** The reporter's contact details, shown only after a reason is given (the server audits it). */
export function ContactCard({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const reveal = useRevealContact(tip.id);
  const [reason, setReason] = useState('');
  return (
    <Card title={t('tips.contactTitle')}>
      {!tip.hasContact ? (
        <p>{t('tips.noContact')}</p>
      ) : reveal.data ? (
        <p className="tips-facts" data-testid="tip-contact">{reveal.data.contact}</p>
      ) : (
        <div className="stack">
          <p className="muted">{t('tips.contactHint')}</p>
          <TextField label={t('tips.contactReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <ErrorAlert error={reveal.error} />
          <div>
            <Button disabled={reveal.isPending || reason.trim().length < 5} onClick={() => reveal.mutate(reason)}>
              {t('tips.reveal')}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}

/** Tips about the same event, and grouping with another open tip. */
export function GroupCard({ tip, mayManage }: TipCardProps) {
  const { t } = useTranslation();
  const open = useTips({ open: 'true' });
  const group = useGroupTip(tip.id);
  const [withTipId, setWithTipId] = useState('');
  const all = open.data?.items ?? [];
  const others = tip.groupTipIds.filter((id) => id !== tip.id);
  const candidates = all.filter((o) => o.id !== tip.id && !tip.groupTipIds.includes(o.id));
  const referenceOf = (id: string) => all.find((o) => o.id === id)?.reference ?? `TIP-${id.slice(0, 8).toUpperCase()}`;
  return (
    <Card title={t('tips.groupTitle')}>
      <div className="stack">
        {others.length === 0 ? (
          <p>{t('tips.noGroup')}</p>
        ) : (
          <ul>
            {others.map((id) => (
              <li key={id}>
                <Link to={`/tips/${id}`}>{referenceOf(id)}</Link>
              </li>
            ))}
          </ul>
        )}
        {mayManage && candidates.length > 0 && (
          <>
            <Select
              label={t('tips.groupWith')}
              value={withTipId}
              emptyOption={t('tips.chooseTip')}
              onChange={(e) => setWithTipId(e.target.value)}
              options={candidates.map((o) => ({ value: o.id, label: `${o.reference} · ${t(`tips.statuses.${o.status}`)}` }))}
            />
            <ErrorAlert error={group.error} />
            <div>
              <Button disabled={group.isPending || !withTipId} onClick={() => group.mutate({ withTipId, version: tip.version }, { onSuccess: () => setWithTipId('') })}>
                {t('tips.group')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

/** The tip's case: a link when there is one, otherwise a new case from the tip or an existing case. */
export function CaseLinkCard({ tip, mayManage, mayReadCases }: TipCardProps & { mayReadCases: boolean }) {
  const { t } = useTranslation();
  const link = useLinkTipToCase(tip.id);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const cases = useCaseChoices(mayManage && mayReadCases && tip.caseId === null, q);
  const [title, setTitle] = useState('');
  const [caseId, setCaseId] = useState('');
  return (
    <Card title={t('tips.caseTitle')}>
      {tip.caseId ? (
        <p>
          {t('tips.linkedCase')} {mayReadCases && <Link to={`/cases/${tip.caseId}`}>{t('tips.openCase')}</Link>}
        </p>
      ) : (
        mayManage && (
          <div className="stack">
            <TextField label={t('tips.newCaseTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
            <div>
              <Button variant="primary" disabled={link.isPending || title.trim().length < 3} onClick={() => link.mutate({ title, version: tip.version })}>
                {t('tips.createCase')}
              </Button>
            </div>
            {mayReadCases && (
              <>
                <TextField label={t('tips.findCase')} hint={t('tips.findCaseHint')} type="search" value={search} onChange={(e) => { setSearch(e.target.value); setCaseId(''); }} />
                {q.length >= 2 && cases.data?.items.length === 0 && <p className="muted">{t('tips.noCaseFound')}</p>}
                <Select
                  label={t('tips.attachTo')}
                  value={caseId}
                  emptyOption={t('tips.chooseCase')}
                  onChange={(e) => setCaseId(e.target.value)}
                  options={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} · ${c.title}` }))}
                />
                <div>
                  <Button disabled={link.isPending || !caseId} onClick={() => link.mutate({ caseId, version: tip.version })}>
                    {t('tips.attach')}
                  </Button>
                </div>
              </>
            )}
            <ErrorAlert error={link.error ?? cases.error} />
          </div>
        )
      )}
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closureReason, referralLegalBasis, referralReason, referralStatus, returnStep, returnStepAgencyTypes } from '#contracts/codes/protection';
import type { ProtectionRecord, Referral } from '#contracts/protection';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format-context';
import { Alert, Badge, Card, Select, Table, TextArea, TextField } from '../../../ui';
import { useMe } from '../../auth';
import { useProviders, partPath } from '../protection-api';
import { RevokeReferral } from '../revoke-referral';
import { useProtectionCodes, useProviderName } from './codes';
import { PartForm, today } from './part-form';

type ReturnStep = (typeof returnStep.codes)[number];
type Section = { record: ProtectionRecord; canManage: boolean };

/** The referral's status, flagged when overdue. */
export function ReferralStatusBadges({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const { label } = useProtectionCodes();
  return (
    <span className="cluster">
      <Badge tone={referral.status === 'pending' ? 'info' : referral.status === 'accepted' ? 'success' : 'neutral'}>
        {label(referralStatus, referral.status)}
      </Badge>
      {referral.overdue ? <Badge tone="danger">{t('protection.overdue')}</Badge> : null}
    </span>
  );
}

/** Referrals of this victim, revoke for the sender, and a new referral (refused without consent unless the law requires it). */
export function ReferralSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { label, options, agencyName, agencies } = useProtectionCodes();
  const providers = useProviders(true);
  const providerName = useProviderName();
  const [toAgencyId, setToAgencyId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [reason, setReason] = useState<string>('additional_services');
  const [details, setDetails] = useState('');
  const [dueOn, setDueOn] = useState(today());
  const [legalBasis, setLegalBasis] = useState('');
  const myAgency = me.data?.agency.id;
  const agencyProviders = (providers.data?.items ?? []).filter(
    (p) => p.isActive && p.agencyId === toAgencyId,
  );
  const explain = (error: unknown) =>
    isApiError(error) && error.issues.some((i) => i.code === 'consent_required') ? (
      <Alert tone="danger" title={t('protection.referral.consentRequiredTitle')}>
        {t('protection.referral.consentRequired')}
      </Alert>
    ) : null;
  return (
    <Card title={t('protection.referral.title')}>
      <div className="stack">
        <Table
          caption={t('protection.referral.list')}
          rows={record.referrals}
          rowKey={(r) => r.id}
          empty={t('protection.empty')}
          columns={[
            { key: 'from', header: t('protection.from'), render: (r) => agencyName(r.fromAgencyId) },
            { key: 'to', header: t('protection.to'), render: (r) => agencyName(r.toAgencyId) },
            { key: 'provider', header: t('protection.plan.provider'), render: (r) => providerName(r.providerId) },
            { key: 'reason', header: t('protection.reason'), render: (r) => label(referralReason, r.reason) },
            { key: 'due', header: t('protection.due'), render: (r) => format.day(r.dueOn) },
            {
              key: 'status',
              header: t('protection.status'),
              render: (r) => (
                <span className="stack">
                  <ReferralStatusBadges referral={r} />
                  {r.statusReason ? <span className="muted">{r.statusReason}</span> : null}
                </span>
              ),
            },
            {
              key: 'actions',
              header: t('protection.actions'),
              render: (r) => (canManage && r.fromAgencyId === myAgency ? <RevokeReferral referral={r} /> : null),
            },
          ]}
        />
        {canManage && !record.closure ? (
          <PartForm
            casePersonId={record.casePersonId}
            path="/api/protection/referrals"
            body={() => ({
              casePersonId: record.casePersonId,
              toAgencyId,
              providerId: providerId || null,
              reason,
              details,
              dueOn,
              legalBasis: legalBasis || null,
            })}
            submitLabel={t('protection.referral.submit')}
            explain={explain}
          >
            <h3>{t('protection.referral.new')}</h3>
            <Select
              label={t('protection.to')}
              value={toAgencyId}
              onChange={(e) => (setToAgencyId(e.target.value), setProviderId(''))}
              emptyOption={t('protection.choose')}
              options={agencies.filter((a) => a.id !== myAgency).map((a) => ({ value: a.id, label: `${a.shortName} — ${a.name}` }))}
              required
            />
            <Select
              label={t('protection.plan.provider')}
              value={providerId}
              onChange={(e) => setProviderId(e.target.value)}
              emptyOption={t('protection.plan.noProvider')}
              options={agencyProviders.map((p) => ({ value: p.id, label: p.name }))}
              isOptional
            />
            <Select label={t('protection.reason')} value={reason} onChange={(e) => setReason(e.target.value)} options={options(referralReason)} />
            <TextArea label={t('protection.referral.details')} rows={2} value={details} onChange={(e) => setDetails(e.target.value)} isOptional />
            <TextField label={t('protection.due')} type="date" value={dueOn} min={today()} onChange={(e) => setDueOn(e.target.value)} required />
            {record.consentGiven ? null : (
              <Select
                label={t('protection.referral.legalBasis')}
                hint={t('protection.referral.legalBasisHint')}
                value={legalBasis}
                onChange={(e) => setLegalBasis(e.target.value)}
                emptyOption={t('protection.referral.noLegalBasis')}
                options={options(referralLegalBasis)}
                isOptional
              />
            )}
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

/** The return path through Batam: each step once, with its date and agency. */
export function ReturnPathSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, options, agencyName, agencies } = useProtectionCodes();
  const [step, setStep] = useState<ReturnStep>(returnStep.codes.find((c) => !record.returnPath.some((s) => s.step === c)) ?? 'arrival');
  const [occurredOn, setOccurredOn] = useState(today());
  const [agencyId, setAgencyId] = useState('');
  const [notes, setNotes] = useState('');
  return (
    <Card title={t('protection.returnPath.title')}>
      <div className="stack">
        <ol className="protection-steps">
          {returnStep.codes.map((code) => {
            const done = record.returnPath.find((s) => s.step === code);
            return (
              <li key={code}>
                <strong>{label(returnStep, code)}</strong>{' '}
                {done ? (
                  <span>
                    {format.day(done.occurredOn)} · {agencyName(done.agencyId)}
                    {done.notes ? ` · ${done.notes}` : ''}
                  </span>
                ) : (
                  <span className="muted">{t('protection.returnPath.notYet')}</span>
                )}
              </li>
            );
          })}
        </ol>
        {canManage ? (
          <PartForm
            casePersonId={record.casePersonId}
            path={partPath(record.casePersonId, 'return-steps')}
            body={() => ({ step, occurredOn, agencyId, notes })}
            submitLabel={t('protection.returnPath.submit')}
          >
            <Select
              label={t('protection.returnPath.step')}
              value={step}
              onChange={(e) => (setStep(e.target.value as ReturnStep), setAgencyId(''))}
              options={options(returnStep)}
            />
            <TextField label={t('protection.date')} type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} required />
            <Select
              label={t('protection.agency')}
              value={agencyId}
              onChange={(e) => setAgencyId(e.target.value)}
              emptyOption={t('protection.choose')}
              options={agencies
                .filter((a) => returnStepAgencyTypes[step].includes(a.type))
                .map((a) => ({ value: a.id, label: `${a.shortName} — ${a.name}` }))}
              required
            />
            <TextArea label={t('protection.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} isOptional />
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

/** Follow-up visits after return. */
export function FollowUpSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { agencyName } = useProtectionCodes();
  const [visitedOn, setVisitedOn] = useState(today());
  const [notes, setNotes] = useState('');
  return (
    <Card title={t('protection.followUp.title')}>
      <div className="stack">
        <Table
          caption={t('protection.followUp.list')}
          rows={record.followUps}
          rowKey={(f) => f.id}
          empty={t('protection.followUp.none')}
          columns={[
            { key: 'on', header: t('protection.date'), render: (f) => format.day(f.visitedOn) },
            { key: 'agency', header: t('protection.agency'), render: (f) => agencyName(f.agencyId) },
            { key: 'notes', header: t('protection.notes'), render: (f) => f.notes },
          ]}
        />
        {canManage ? (
          <PartForm
            casePersonId={record.casePersonId}
            path={partPath(record.casePersonId, 'follow-ups')}
            body={() => ({ visitedOn, notes })}
            submitLabel={t('protection.followUp.submit')}
            onDone={() => setNotes('')}
          >
            <TextField label={t('protection.date')} type="date" value={visitedOn} onChange={(e) => setVisitedOn(e.target.value)} required />
            <TextArea label={t('protection.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} required minLength={3} />
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

/** Closure with a reason, so dashboards can count who was reached and who was lost. */
export function ClosureSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, options, agencyName } = useProtectionCodes();
  const [reason, setReason] = useState<string>('reintegrated');
  const [closedOn, setClosedOn] = useState(today());
  const [notes, setNotes] = useState('');
  const closure = record.closure;
  return (
    <Card title={t('protection.closure.title')}>
      {closure ? (
        <dl className="definition-list">
          <dt>{t('protection.reason')}</dt>
          <dd>{label(closureReason, closure.reason)}</dd>
          <dt>{t('protection.date')}</dt>
          <dd>{format.day(closure.closedOn)}</dd>
          <dt>{t('protection.agency')}</dt>
          <dd>{agencyName(closure.agencyId)}</dd>
          {closure.notes ? (
            <>
              <dt>{t('protection.notes')}</dt>
              <dd>{closure.notes}</dd>
            </>
          ) : null}
        </dl>
      ) : canManage ? (
        <PartForm
          casePersonId={record.casePersonId}
          path={partPath(record.casePersonId, 'closure')}
          body={() => ({ reason, closedOn, notes })}
          submitLabel={t('protection.closure.submit')}
        >
          <Select label={t('protection.reason')} value={reason} onChange={(e) => setReason(e.target.value)} options={options(closureReason)} />
          <TextField label={t('protection.date')} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} required />
          <TextArea label={t('protection.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} isOptional />
        </PartForm>
      ) : (
        <p className="muted">{t('protection.closure.open')}</p>
      )}
    </Card>
  );
}

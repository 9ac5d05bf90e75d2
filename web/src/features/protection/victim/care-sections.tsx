import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { communityRisk, householdRisk, individualRisk, planItemStatus, supportType } from '#contracts/codes/protection';
import type { CodeList } from '#contracts/codes/code-list';
import type { ProtectionRecord } from '#contracts/protection';
import { useFormat } from '../../../lib/format-context';
import { Badge, Button, Card, Checkbox, CheckboxGroup, ErrorAlert, Select, Table, TextArea, TextField } from '../../../ui';
import { partPath, useProviders, useRecordChange } from '../protection-api';
import { useProtectionCodes, useProviderName } from './codes';
import { PartForm, today } from './part-form';
import { EditPlanItem, PlanItemFields } from './plan-item-edit';

type Section = { record: ProtectionRecord; canManage: boolean };

const consentItems = ['purposeExplained', 'dataUsesExplained', 'researchUseExplained', 'rightToAccessExplained', 'retentionExplained'] as const;
type ConsentItem = (typeof consentItems)[number];

/** The HTCDS consent checklist: every record kept, the latest decides. */
export function ConsentSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { agencyName } = useProtectionCodes();
  const [checked, setChecked] = useState<Record<ConsentItem, boolean>>({
    purposeExplained: false,
    dataUsesExplained: false,
    researchUseExplained: false,
    rightToAccessExplained: false,
    retentionExplained: false,
  });
  const [consented, setConsented] = useState(true);
  const [recordedOn, setRecordedOn] = useState(today());
  const [notes, setNotes] = useState('');
  return (
    <Card title={t('protection.consent.title')}>
      <div className="stack">
        <p>
          <Badge tone={record.consentGiven ? 'success' : 'warning'}>
            {record.consentGiven ? t('protection.consent.given') : t('protection.consent.missing')}
          </Badge>
        </p>
        <Table
          caption={t('protection.consent.history')}
          rows={record.consents.toReversed()}
          rowKey={(c) => c.id}
          empty={t('protection.consent.none')}
          columns={[
            { key: 'on', header: t('protection.date'), render: (c) => format.day(c.recordedOn) },
            { key: 'decision', header: t('protection.consent.decision'), render: (c) => (c.consented ? t('protection.consent.yes') : t('protection.consent.no')) },
            {
              key: 'items',
              header: t('protection.consent.explained'),
              render: (c) => consentItems.filter((i) => c[i]).map((i) => t(`protection.consent.items.${i}`)).join('; ') || '—',
            },
            { key: 'agency', header: t('protection.agency'), render: (c) => agencyName(c.agencyId) },
            { key: 'worker', header: t('protection.consent.worker'), render: (c) => c.workerName || '—' },
          ]}
        />
        {canManage ? (
          <PartForm
            casePersonId={record.casePersonId}
            path={partPath(record.casePersonId, 'consents')}
            body={() => ({ consented, ...checked, recordedOn, notes })}
            submitLabel={t('protection.consent.submit')}
          >
            <fieldset className="stack">
              <legend>{t('protection.consent.checklist')}</legend>
              {consentItems.map((item) => (
                <Checkbox
                  key={item}
                  label={t(`protection.consent.items.${item}`)}
                  checked={checked[item]}
                  onChange={(e) => setChecked({ ...checked, [item]: e.target.checked })}
                />
              ))}
            </fieldset>
            <Checkbox label={t('protection.consent.consented')} checked={consented} onChange={(e) => setConsented(e.target.checked)} />
            <TextField label={t('protection.date')} type="date" value={recordedOn} onChange={(e) => setRecordedOn(e.target.value)} required />
            <TextArea label={t('protection.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} isOptional />
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

/** Needs assessments: individual, household and community risk factors. */
export function AssessmentSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { options, labels } = useProtectionCodes();
  const [risks, setRisks] = useState({ individualRisks: [] as string[], householdRisks: [] as string[], communityRisks: [] as string[] });
  const [assessedOn, setAssessedOn] = useState(today());
  const [notes, setNotes] = useState('');
  // Three lists of different codes, read the same way.
  const groups = [
    ['individualRisks', individualRisk],
    ['householdRisks', householdRisk],
    ['communityRisks', communityRisk],
  ] as [keyof typeof risks, CodeList<string>][];
  return (
    <Card title={t('protection.assessment.title')}>
      <div className="stack">
        {record.assessments.length === 0 ? <p className="muted">{t('protection.assessment.none')}</p> : null}
        {record.assessments.toReversed().map((a) => (
          <dl key={a.id} className="definition-list">
            <dt>{t('protection.date')}</dt>
            <dd>{format.day(a.assessedOn)}</dd>
            {groups.map(([field, list]) => (
              <Fragment key={field}>
                <dt>{t(`protection.assessment.${field}`)}</dt>
                <dd>{labels(list, a[field]) || '—'}</dd>
              </Fragment>
            ))}
            {a.notes ? (
              <>
                <dt>{t('protection.notes')}</dt>
                <dd>{a.notes}</dd>
              </>
            ) : null}
          </dl>
        ))}
        {canManage ? (
          <PartForm
            casePersonId={record.casePersonId}
            path={partPath(record.casePersonId, 'assessments')}
            body={() => ({ assessedOn, ...risks, notes })}
            submitLabel={t('protection.assessment.submit')}
          >
            {groups.map(([field, list]) => (
              <CheckboxGroup
                key={field}
                legend={t(`protection.assessment.${field}`)}
                options={options(list)}
                value={risks[field]}
                onChange={(value) => setRisks({ ...risks, [field]: value })}
              />
            ))}
            <TextField label={t('protection.date')} type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} required />
            <TextArea label={t('protection.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} isOptional />
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

/** The support plan: HTCDS-typed items; a worker records a service when it has been given. */
export function PlanSection({ record, canManage }: Section) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, options } = useProtectionCodes();
  // Deactivated providers too: items planned with one still name it, but it is not offered again.
  const providers = useProviders(true);
  const change = useRecordChange(record.casePersonId);
  const [type, setType] = useState<string>('social_care');
  const [objective, setObjective] = useState('');
  const [providerId, setProviderId] = useState('');
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const providerName = useProviderName();
  const fitting = (providers.data?.items ?? []).filter(
    (p) => p.isActive && p.services.some((s) => s === type),
  );
  return (
    <Card title={t('protection.plan.title')}>
      <div className="stack">
        <ErrorAlert error={change.error} />
        <Table
          caption={t('protection.plan.items')}
          rows={record.planItems}
          rowKey={(i) => i.id}
          empty={t('protection.plan.none')}
          columns={[
            { key: 'type', header: t('protection.plan.type'), render: (i) => label(supportType, i.type) },
            { key: 'objective', header: t('protection.plan.objective'), render: (i) => i.objective },
            { key: 'provider', header: t('protection.plan.provider'), render: (i) => providerName(i.providerId) },
            { key: 'planned', header: t('protection.plan.plannedEnd'), render: (i) => (i.plannedEndOn ? format.day(i.plannedEndOn) : '—') },
            { key: 'actual', header: t('protection.plan.actualEnd'), render: (i) => (i.actualEndOn ? format.day(i.actualEndOn) : '—') },
            {
              key: 'status',
              header: t('protection.status'),
              render: (i) =>
                canManage && (i.status === 'planned' || i.status === 'in_progress') ? (
                  <span className="cluster">
                    <Badge tone="info">{label(planItemStatus, i.status)}</Badge>
                    <EditPlanItem casePersonId={record.casePersonId} item={i} />
                    <Button
                      size="sm"
                      disabled={change.isPending}
                      aria-label={t('protection.plan.recordServiceLabel', { objective: i.objective })}
                      onClick={() =>
                        change.mutate({
                          path: `/api/protection/plan-items/${i.id}`,
                          method: 'PATCH',
                          body: { status: 'done', actualEndOn: today(), version: i.version },
                        })
                      }
                    >
                      {t('protection.plan.recordService')}
                    </Button>
                  </span>
                ) : (
                  <Badge tone={i.status === 'done' ? 'success' : 'neutral'}>{label(planItemStatus, i.status)}</Badge>
                ),
            },
          ]}
        />
        {canManage ? (
          <PartForm
            casePersonId={record.casePersonId}
            path={partPath(record.casePersonId, 'plan-items')}
            body={() => ({ type, objective, providerId: providerId || null, plannedEndOn: plannedEndOn || null })}
            submitLabel={t('protection.plan.submit')}
            onDone={() => setObjective('')}
          >
            <Select label={t('protection.plan.type')} value={type} onChange={(e) => (setType(e.target.value), setProviderId(''))} options={options(supportType)} />
            <PlanItemFields
              objective={[objective, setObjective]}
              providerId={[providerId, setProviderId]}
              plannedEndOn={[plannedEndOn, setPlannedEndOn]}
              providers={fitting}
            />
          </PartForm>
        ) : null}
      </div>
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '#contracts/cases';
import { discoveryChannel, legalBasis, sensitivity } from '#contracts/codes/cases';
import { updateCaseRequestSchema } from '#contracts/cases';
import type { Me } from '#contracts/auth';
import { isApiError } from '../../../lib/api';
import { isDeepEqual } from '../../../lib/is-deep-equal';
import { serverFieldErrors, validateWith } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format-context';
import { useFocusFirstInvalid, useFormValues } from '../../../lib/use-form';
import { Alert, Button, Card, ErrorAlert, VersionConflictAlert } from '../../../ui';
import { useCodes } from '../code-labels';
import { useInvalidateCase, useUpdateCase } from '../cases-api';
import { usePorts, useRegionPaths } from '../reference-api';
import { CaseFields, caseFieldNames, caseFormValues, caseRequestOf } from './case-fields';

function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, labels } = useCodes();
  const regions = useRegionPaths([detail.reportedRegionCode]);
  const ports = usePorts();
  const port = ports.data?.items.find((p) => p.id === detail.reportedPortId);
  const none = '—';
  return (
    <dl className="definition-list case-facts">
      <dt>{t('cases.fields.summary')}</dt>
      <dd className="case-facts__summary">{detail.summary || none}</dd>
      <dt>{t('cases.fields.reportedOn')}</dt>
      <dd>{format.day(detail.reportedOn)}</dd>
      <dt>{t('cases.fields.discoveryChannel')}</dt>
      <dd>{label(discoveryChannel, detail.discoveryChannel)}</dd>
      <dt>{t('cases.fields.reportedRegion')}</dt>
      <dd>
        {detail.reportedRegionCode
          ? (regions.get(detail.reportedRegionCode) ?? detail.reportedRegionCode)
          : none}
      </dd>
      <dt>{t('cases.fields.reportedPort')}</dt>
      <dd>{port ? port.name : (detail.reportedPortId ?? none)}</dd>
      <dt>{t('cases.fields.sensitivity')}</dt>
      <dd>{label(sensitivity, detail.sensitivity)}</dd>
      <dt>{t('cases.fields.legalBasis')}</dt>
      <dd>{labels(legalBasis, detail.legalBasis) || none}</dd>
      <dt>{t('cases.fields.createdAt')}</dt>
      <dd>{format.dateTime(detail.createdAt)}</dd>
      <dt>{t('cases.fields.updatedAt')}</dt>
      <dd>{format.dateTime(detail.updatedAt)}</dd>
    </dl>
  );
}

/** Sends only what changed, with the version the editor started from. */
function changedFields(before: ReturnType<typeof caseFormValues>, after: ReturnType<typeof caseFormValues>) {
  const request = caseRequestOf(after);
  const original = caseRequestOf(before);
  return Object.fromEntries(
    Object.entries(request).filter(
      ([key, value]) => !isDeepEqual(value, original[key as keyof typeof original]),
    ),
  );
}

function CaseEditor({
  detail,
  me,
  onDone,
}: {
  detail: CaseDetail;
  me: Me;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCase(detail.id);
  const reload = useInvalidateCase(detail.id);
  const [start] = useState(() => ({
    values: caseFormValues(detail, detail.reportedOn),
    version: detail.version,
  }));
  const form = useFormValues(start.values);
  const formRef = useFocusFirstInvalid([form.clientErrors, update.error]);
  const serverErrors = serverFieldErrors(t, update.error, caseFieldNames);
  const errors = { ...serverErrors, ...form.clientErrors };
  const isConflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, updateCaseRequestSchema, {
      ...changedFields(start.values, form.values),
      version: start.version,
    });
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) update.mutate(checked.data, { onSuccess: () => onDone(true) });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="case-form">
      <CaseFields form={form} errors={errors} me={me} currentLead={detail.leadOfficer} />
      {isConflict ? <VersionConflictAlert onReload={() => void reload().then(() => onDone(false))} /> : null}
      {isConflict || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={update.error} />}
      <div className="form-actions">
        <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.saveChanges')}
        </Button>
      </div>
    </form>
  );
}

/** The case's own facts; those who may edit it change them in place (version-checked). */
export function CaseSummary({ detail, me }: { detail: CaseDetail; me: Me }) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  return (
    <Card
      title={t('cases.summary.title')}
      actions={
        detail.canEdit && !isEditing ? (
          <Button
            size="sm"
            onClick={() => {
              setIsSaved(false);
              setIsEditing(true);
            }}
          >
            {t('cases.summary.edit')}
          </Button>
        ) : null
      }
    >
      {isEditing ? (
        <CaseEditor
          detail={detail}
          me={me}
          onDone={(saved) => {
            setIsEditing(false);
            setIsSaved(saved);
          }}
        />
      ) : (
        <div className="stack">
          {isSaved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
          <CaseFacts detail={detail} />
        </div>
      )}
    </Card>
  );
}

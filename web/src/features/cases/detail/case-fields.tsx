import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '#contracts/cases';
import { discoveryChannel, legalBasis, sensitivity } from '#contracts/codes/cases';
import type { Me } from '#contracts/auth';
import type { FieldErrors } from '../../../lib/form-errors';
import type { FormState } from '../../../lib/use-form';
import { CheckboxGroup, Select, TextArea, TextField } from '../../../ui';
import { asCode, useCodes } from '../code-labels';
import { PortSelect } from '../port-select';
import { RegionPicker } from '../region-picker';

/** The form's values; empty strings and nulls stand for "not given". */
export function caseFormValues(detail: CaseDetail | null, today: string) {
  return {
    title: detail?.title ?? '',
    summary: detail?.summary ?? '',
    reportedOn: detail?.reportedOn ?? today,
    reportedRegionCode: detail?.reportedRegionCode ?? null,
    reportedPortId: detail?.reportedPortId ?? null,
    discoveryChannel: detail?.discoveryChannel ?? '',
    leadOfficerId: detail?.leadOfficer?.id ?? '',
    sensitivity: detail?.sensitivity ?? 'standard',
    legalBasis: detail?.legalBasis ?? [],
  };
}
export type CaseFormValues = ReturnType<typeof caseFormValues>;

export const caseFieldNames = [
  'title',
  'summary',
  'reportedOn',
  'reportedRegionCode',
  'reportedPortId',
  'discoveryChannel',
  'leadOfficerId',
  'sensitivity',
  'legalBasis',
] as const;

/** The request body before the contract checks it (codes, dates, lengths). */
export function caseRequestOf(values: CaseFormValues) {
  return { ...values, leadOfficerId: values.leadOfficerId || null };
}

interface CaseFieldsProps {
  form: FormState<CaseFormValues>;
  errors: FieldErrors;
  me: Me;
  /** The lead officer already named, offered even when it is not the user. */
  currentLead?: { id: string; name: string } | null;
}

/**
 * The fields of a case, shared by the new-case form and the summary editor. The lead officer is
 * the user or the one already named: the directory of other agencies' staff is not open to officers.
 */
export function CaseFields({ form, errors, me, currentLead }: CaseFieldsProps) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const { values, set, bind } = form;
  const leads = [{ value: me.id, label: t('cases.fields.leadIsMe', { name: me.displayName }) }];
  if (currentLead && currentLead.id !== me.id)
    leads.unshift({ value: currentLead.id, label: currentLead.name });
  return (
    <>
      <TextField
        label={t('cases.fields.title')}
        hint={t('cases.fields.titleHint')}
        required
        {...bind('title')}
        error={errors.title}
      />
      <TextArea
        label={t('cases.fields.summary')}
        hint={t('cases.fields.summaryHint')}
        isOptional
        rows={6}
        {...bind('summary')}
        error={errors.summary}
      />
      <div className="form-grid">
        <TextField
          label={t('cases.fields.reportedOn')}
          type="date"
          required
          {...bind('reportedOn')}
          error={errors.reportedOn}
        />
        <Select
          label={t('cases.fields.discoveryChannel')}
          required
          emptyOption={t('common.choose')}
          options={options(discoveryChannel)}
          {...bind('discoveryChannel')}
          error={errors.discoveryChannel}
        />
        <Select
          label={t('cases.fields.sensitivity')}
          hint={t(`cases.sensitivityHints.${asCode(sensitivity, values.sensitivity) ?? 'standard'}`)}
          options={options(sensitivity)}
          {...bind('sensitivity')}
          error={errors.sensitivity}
        />
        <Select
          label={t('cases.fields.leadOfficer')}
          emptyOption={t('cases.fields.noLead')}
          options={leads}
          {...bind('leadOfficerId')}
          error={errors.leadOfficerId}
        />
      </div>
      <RegionPicker
        legend={t('cases.fields.reportedRegion')}
        hint={t('cases.fields.reportedRegionHint')}
        isOptional
        depth={4}
        emptyLabel={t('cases.fields.notKnown')}
        value={values.reportedRegionCode}
        onChange={(code) => set('reportedRegionCode', code)}
        error={errors.reportedRegionCode}
      />
      <PortSelect
        label={t('cases.fields.reportedPort')}
        isOptional
        emptyLabel={t('cases.fields.noPort')}
        value={values.reportedPortId}
        onChange={(portId) => set('reportedPortId', portId)}
        error={errors.reportedPortId}
      />
      <CheckboxGroup
        legend={t('cases.fields.legalBasis')}
        hint={t('cases.fields.legalBasisHint')}
        options={options(legalBasis)}
        value={values.legalBasis}
        onChange={(next) =>
          set(
            'legalBasis',
            next.map((code) => asCode(legalBasis, code)).filter((c) => c !== undefined),
          )
        }
        error={errors.legalBasis}
      />
    </>
  );
}

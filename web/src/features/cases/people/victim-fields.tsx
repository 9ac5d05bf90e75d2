import { useTranslation } from 'react-i18next';
import type { CodeList } from '#contracts/codes/code-list';
import {
  documentIssue,
  documentType,
  exploitationType,
  isicSection,
  meansOfControl,
  recruitmentApp,
  recruitmentMethod,
  relationshipToTrafficker,
  sexExploitationType,
  statusDecisionOrg,
  traffickingStatus,
} from '#contracts/codes/cases';
import type { FieldErrors } from '../../../lib/form-errors';
import type { FormState } from '../../../lib/use-form';
import { CheckboxGroup, FieldGroup, Select, TextField } from '../../../ui';
import { useCodes } from '../code-labels';
import { errorAt } from './person-fields';
import type { PersonFormValues, VictimValues } from './person-form';

type ListKey = {
  [K in keyof VictimValues]: VictimValues[K] extends string[] ? K : never;
}[keyof VictimValues];
type TextKey = Exclude<keyof VictimValues, ListKey>;

/** Forged, withheld or missing, for each kind of document: a row of three checkboxes per document. */
function DocumentProblems({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const { options } = useCodes();
  return (
    <FieldGroup legend={t('cases.victim.documents')} hint={t('cases.victim.documentsHint')}>
      <div className="document-problems">
        {options(documentType).map((type) => (
          <CheckboxGroup
            key={type.value}
            legend={type.label}
            options={options(documentIssue).map((issue) => ({
              value: `${type.value}:${issue.value}`,
              label: issue.label,
            }))}
            value={value.filter((key) => key.startsWith(`${type.value}:`))}
            onChange={(next) =>
              onChange([...value.filter((key) => !key.startsWith(`${type.value}:`)), ...next])
            }
          />
        ))}
      </div>
    </FieldGroup>
  );
}

/** The HTCDS victim context: status, modus (recruitment, control), exploitation, documents. */
export function VictimFields({ form, errors }: { form: FormState<PersonFormValues>; errors: FieldErrors }) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const victim = form.values.victim;
  const setVictim = <K extends keyof VictimValues>(key: K, value: VictimValues[K]) =>
    form.set('victim', { ...victim, [key]: value });
  const error = (key: keyof VictimValues) => errorAt(errors, `victim.${key}`);
  const choice = (key: TextKey, list: CodeList<string>, isOptional = true) => ({
    options: options(list),
    emptyOption: isOptional ? t('cases.fields.notKnown') : undefined,
    isOptional,
    value: victim[key],
    onChange: (event: { target: { value: string } }) => setVictim(key, event.target.value),
    error: error(key),
  });
  const checks = (key: ListKey, list: CodeList<string>) => ({
    options: options(list),
    value: victim[key],
    onChange: (next: string[]) => setVictim(key, next),
    error: error(key),
  });
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__title">{t('cases.victim.section')}</legend>
      <div className="form-grid">
        <Select
          label={t('cases.victim.traffickingStatus')}
          {...choice('traffickingStatus', traffickingStatus, false)}
        />
        <Select label={t('cases.victim.statusDecidedBy')} {...choice('statusDecidedBy', statusDecisionOrg)} />
        <Select
          label={t('cases.victim.relationshipToTrafficker')}
          {...choice('relationshipToTrafficker', relationshipToTrafficker)}
        />
        <TextField
          label={t('cases.victim.ageWhenTrafficked')}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          isOptional
          value={victim.ageWhenTrafficked}
          onChange={(event) => setVictim('ageWhenTrafficked', event.target.value)}
          error={error('ageWhenTrafficked')}
        />
      </div>
      <CheckboxGroup
        legend={t('cases.victim.recruitmentMethods')}
        hint={t('cases.victim.modusHint')}
        {...checks('recruitmentMethods', recruitmentMethod)}
      />
      <CheckboxGroup
        legend={t('cases.victim.recruitmentApps')}
        {...checks('recruitmentApps', recruitmentApp)}
      />
      <CheckboxGroup
        legend={t('cases.victim.meansOfControl')}
        {...checks('meansOfControl', meansOfControl)}
      />
      <CheckboxGroup
        legend={t('cases.victim.exploitationTypes')}
        {...checks('exploitationTypes', exploitationType)}
      />
      {victim.exploitationTypes.includes('sexual_exploitation') ? (
        <CheckboxGroup
          legend={t('cases.victim.sexExploitationTypes')}
          {...checks('sexExploitationTypes', sexExploitationType)}
        />
      ) : null}
      <Select
        label={t('cases.victim.forcedLabourIndustry')}
        hint={t('cases.victim.forcedLabourIndustryHint')}
        {...choice('forcedLabourIndustry', isicSection)}
      />
      <DocumentProblems value={victim.documents} onChange={(next) => setVictim('documents', next)} />
    </fieldset>
  );
}

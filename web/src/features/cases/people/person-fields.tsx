import { useTranslation } from 'react-i18next';
import { gender } from '#contracts/codes/cases';
import type { FieldErrors } from '../../../lib/form-errors';
import type { FormState } from '../../../lib/use-form';
import { Select, TextArea, TextField } from '../../../ui';
import { useCodes } from '../code-labels';
import { CountrySelect } from '../country-select';
import { RegionPicker } from '../region-picker';
import type { PersonFormValues } from './person-form';

/** The first message for a field or any of its items (`aliases` or `aliases.2`). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

interface FieldsProps {
  form: FormState<PersonFormValues>;
  errors: FieldErrors;
}

/** Names, documents and contacts: hidden for protected people unless revealed. */
export function IdentityFields({ form, errors }: FieldsProps) {
  const { t } = useTranslation();
  const { values, set, bind } = form;
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__title">{t('cases.person.identitySection')}</legend>
      <div className="form-grid">
        <TextField
          label={t('cases.person.fullName')}
          hint={t('cases.person.fullNameHint')}
          autoComplete="off"
          {...bind('fullName')}
          error={errors.fullName}
        />
        <TextArea
          label={t('cases.person.aliases')}
          hint={t('cases.person.aliasesHint')}
          isOptional
          rows={2}
          {...bind('aliases')}
          error={errorAt(errors, 'aliases')}
        />
        <TextField
          label={t('cases.person.birthDate')}
          type="date"
          isOptional
          {...bind('birthDate')}
          error={errors.birthDate}
        />
        <TextField
          label={t('cases.person.nik')}
          hint={t('cases.person.nikHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          isOptional
          {...bind('nik')}
          error={errors.nik}
        />
        <TextField
          label={t('cases.person.passportNumber')}
          autoComplete="off"
          isOptional
          {...bind('passportNumber')}
          error={errors.passportNumber}
        />
        <CountrySelect
          label={t('cases.person.passportCountry')}
          isOptional
          value={values.passportCountry}
          onChange={(code) => set('passportCountry', code)}
          error={errors.passportCountry}
        />
        <TextField
          label={t('cases.person.phone')}
          type="tel"
          autoComplete="off"
          isOptional
          {...bind('phone')}
          error={errors.phone}
        />
      </div>
      <TextArea
        label={t('cases.person.address')}
        isOptional
        rows={2}
        {...bind('address')}
        error={errors.address}
      />
    </fieldset>
  );
}

/** What may be known of anyone without revealing who they are. */
export function GeneralFields({ form, errors }: FieldsProps) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const { values, set, bind } = form;
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__title">{t('cases.person.generalSection')}</legend>
      <div className="form-grid">
        <Select label={t('cases.person.sex')} options={options(gender)} {...bind('sex')} error={errors.sex} />
        <TextField
          label={t('cases.person.estimatedAge')}
          hint={t('cases.person.estimatedAgeHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          isOptional
          {...bind('estimatedAge')}
          error={errors.estimatedAge}
        />
        <CountrySelect
          label={t('cases.person.citizenship')}
          isOptional
          value={values.citizenship}
          onChange={(code) => set('citizenship', code)}
          error={errorAt(errors, 'citizenship')}
        />
        <CountrySelect
          label={t('cases.person.otherCitizenship')}
          isOptional
          value={values.otherCitizenship}
          onChange={(code) => set('otherCitizenship', code)}
        />
      </div>
      <RegionPicker
        legend={t('cases.person.originRegion')}
        hint={t('cases.person.originRegionHint')}
        isOptional
        emptyLabel={t('cases.fields.notKnown')}
        value={values.originRegionCode}
        onChange={(code) => set('originRegionCode', code)}
        error={errors.originRegionCode}
      />
      <TextArea
        label={t('cases.person.notes')}
        hint={t('cases.person.notesHint')}
        isOptional
        rows={3}
        {...bind('notes')}
        error={errors.notes}
      />
    </fieldset>
  );
}

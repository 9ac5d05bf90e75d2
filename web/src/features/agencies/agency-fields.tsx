import { useTranslation } from 'react-i18next';
import type { Agency } from '#contracts/agencies';
import type { FieldErrors } from '../../lib/form-errors';
import type { FormState } from '../../lib/use-form';
import { Checkbox, Select, TextField } from '../../ui';
import { agencyTypeOptions, countryOptions, isNamedCountry } from './agency-options';

export const agencyFieldNames = [
  'code',
  'name',
  'shortName',
  'type',
  'country',
  'regionCode',
  'address',
  'phone',
  'email',
] as const;

/** The form's values: all text, with the country split into a named choice or an ISO code. */
export function agencyFormValues(agency: Agency | null) {
  const country = agency?.country ?? 'ID';
  return {
    code: agency?.code ?? '',
    name: agency?.name ?? '',
    shortName: agency?.shortName ?? '',
    type: agency?.type ?? '',
    countryChoice: isNamedCountry(country) ? country : 'other',
    otherCountry: isNamedCountry(country) ? '' : country,
    regionCode: agency?.regionCode ?? '',
    address: agency?.address ?? '',
    phone: agency?.phone ?? '',
    email: agency?.email ?? '',
    isActive: agency?.isActive ?? true,
  };
}
export type AgencyFormValues = ReturnType<typeof agencyFormValues>;

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The request body the contract expects, from the form's values. */
export function agencyRequestOf(values: AgencyFormValues) {
  return {
    code: values.code.trim(),
    name: values.name,
    shortName: values.shortName,
    type: values.type,
    country: values.countryChoice === 'other' ? values.otherCountry.trim() : values.countryChoice,
    regionCode: emptyToNull(values.regionCode),
    address: emptyToNull(values.address),
    phone: emptyToNull(values.phone),
    email: emptyToNull(values.email),
  };
}

interface AgencyFieldsProps {
  form: FormState<AgencyFormValues>;
  errors: FieldErrors;
  isEditing: boolean;
}

export function AgencyFields({ form, errors, isEditing }: AgencyFieldsProps) {
  const { t } = useTranslation();
  const { values, set } = form;
  const text = (field: Exclude<(typeof agencyFieldNames)[number], 'country'>) => ({
    ...form.bind(field),
    error: errors[field],
  });
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t('fields.code')}
          hint={t('agencies.codeHint')}
          required
          {...text('code')}
          onChange={(e) => set('code', e.target.value.toUpperCase())}
        />
        <TextField label={t('fields.shortName')} required {...text('shortName')} />
      </div>
      <TextField label={t('fields.agencyName')} required {...text('name')} />
      <div className="form-grid">
        <Select
          label={t('fields.agencyType')}
          required
          emptyOption={t('common.choose')}
          options={agencyTypeOptions(t)}
          {...text('type')}
        />
        <Select
          label={t('fields.country')}
          required
          options={countryOptions(t)}
          value={values.countryChoice}
          onChange={(e) => set('countryChoice', e.target.value)}
          error={values.countryChoice === 'other' ? undefined : errors.country}
        />
        {values.countryChoice === 'other' ? (
          <TextField
            label={t('fields.countryCode')}
            hint={t('agencies.countryCodeHint')}
            required
            maxLength={2}
            value={values.otherCountry}
            onChange={(e) => set('otherCountry', e.target.value.toUpperCase())}
            error={errors.country}
          />
        ) : null}
        <TextField
          label={t('fields.regionCode')}
          hint={t('agencies.regionCodeHint')}
          isOptional
          {...text('regionCode')}
        />
      </div>
      <TextField label={t('fields.address')} isOptional {...text('address')} />
      <div className="form-grid">
        <TextField label={t('fields.phone')} type="tel" autoComplete="off" isOptional {...text('phone')} />
        <TextField label={t('fields.email')} type="email" autoComplete="off" isOptional {...text('email')} />
      </div>
      {isEditing ? (
        <Checkbox
          label={t('fields.isActive')}
          description={t('agencies.activeHint')}
          checked={values.isActive}
          onChange={(e) => set('isActive', e.target.checked)}
        />
      ) : null}
    </>
  );
}

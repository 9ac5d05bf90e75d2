import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createAgencyRequestSchema, updateAgencyRequestSchema, type Agency } from '#contracts/agencies';
import { isApiError } from '../../lib/api';
import { serverFieldErrors, validateWith, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Alert, Button, Checkbox, Dialog, ErrorAlert, Select, TextField } from '../../ui';
import { useReloadAgencies, useSaveAgency } from './agencies-api';
import { agencyTypeOptions, countryOptions, isNamedCountry } from './agency-options';

const fields = [
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

function initialValues(agency: Agency | null) {
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
type Values = ReturnType<typeof initialValues>;

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toRequest(values: Values) {
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

/** Messages by field: the server's (mapped from `body.<field>`), and a duplicate code named as such. */
function serverErrorsOf(t: TFunction, error: unknown): FieldErrors {
  const errors = serverFieldErrors(t, error, fields);
  if (isApiError(error) && error.code === 'CONFLICT') errors.code ??= t('agencies.duplicateCode');
  return errors;
}

interface AgencyFormDialogProps {
  agency: Agency | null;
  isOpen: boolean;
  onClose: () => void;
}

/** Creates an agency, or edits one (version-checked) when `agency` is given. */
export function AgencyFormDialog({ agency, isOpen, onClose }: AgencyFormDialogProps) {
  const { t } = useTranslation();
  const save = useSaveAgency(agency?.id ?? null);
  const reload = useReloadAgencies();
  const form = useFormValues(initialValues(agency));
  const formRef = useFocusFirstInvalid([form.clientErrors, save.error]);
  const errors: FieldErrors = { ...serverErrorsOf(t, save.error), ...form.clientErrors };
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';
  const isExplained = isConflict || (isApiError(save.error) && save.error.code === 'CONFLICT');
  const { values, set } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = toRequest(values);
    const checked = agency
      ? validateWith(t, updateAgencyRequestSchema, {
          ...request,
          isActive: values.isActive,
          version: agency.version,
        })
      : validateWith(t, createAgencyRequestSchema, request);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) save.mutate(checked.data, { onSuccess: onClose });
  };

  const text = (field: Exclude<(typeof fields)[number], 'country'>) => ({
    ...form.bind(field),
    error: errors[field],
  });

  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      size="lg"
      title={agency ? t('agencies.editTitle', { name: agency.shortName }) : t('agencies.createTitle')}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
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
          <TextField
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            isOptional
            {...text('email')}
          />
        </div>
        {agency ? (
          <Checkbox
            label={t('fields.isActive')}
            description={t('agencies.activeHint')}
            checked={values.isActive}
            onChange={(e) => set('isActive', e.target.checked)}
          />
        ) : null}
        {isConflict ? (
          <Alert tone="warning">
            <p>{t('common.versionConflict')}</p>
            <Button size="sm" onClick={() => void reload().then(onClose)}>
              {t('common.reload')}
            </Button>
          </Alert>
        ) : null}
        {isExplained ? null : <ErrorAlert error={save.error} />}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {agency ? t('common.saveChanges') : t('agencies.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

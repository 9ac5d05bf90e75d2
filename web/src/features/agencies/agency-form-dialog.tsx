import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createAgencyRequestSchema, updateAgencyRequestSchema, type Agency } from '#contracts/agencies';
import { isApiError } from '../../lib/api';
import { serverFieldErrors, validateWith, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Button, Dialog, ErrorAlert, VersionConflictAlert } from '../../ui';
import { useReloadAgencies, useSaveAgency } from './agencies-api';
import { AgencyFields, agencyFieldNames, agencyFormValues, agencyRequestOf } from './agency-fields';

/** Messages by field: the server's (mapped from `body.<field>`), and a duplicate code named as such. */
function serverErrorsOf(t: TFunction, error: unknown): FieldErrors {
  const errors = serverFieldErrors(t, error, agencyFieldNames);
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
  const form = useFormValues(agencyFormValues(agency));
  const formRef = useFocusFirstInvalid([form.clientErrors, save.error]);
  const errors: FieldErrors = { ...serverErrorsOf(t, save.error), ...form.clientErrors };
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';
  const isExplained = isConflict || (isApiError(save.error) && save.error.code === 'CONFLICT');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = agencyRequestOf(form.values);
    const checked = agency
      ? validateWith(t, updateAgencyRequestSchema, {
          ...request,
          isActive: form.values.isActive,
          version: agency.version,
        })
      : validateWith(t, createAgencyRequestSchema, request);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) save.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      size="lg"
      title={agency ? t('agencies.editTitle', { name: agency.shortName }) : t('agencies.createTitle')}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <AgencyFields form={form} errors={errors} isEditing={agency !== null} />
        {isConflict ? <VersionConflictAlert onReload={() => void reload().then(onClose)} /> : null}
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

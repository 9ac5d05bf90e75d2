import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createUserRequestSchema, type User } from '#contracts/users';
import { isApiError } from '../../lib/api';
import { serverFieldErrors, validateWith, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Button, Dialog, ErrorAlert } from '../../ui';
import { useCreateUser } from './users-api';
import { UserFields, userFieldNames, type UserFieldValues } from './user-fields';

/** A duplicate e-mail comes back as a CONFLICT naming `body.email`; it is said next to the field. */
function serverErrorsOf(t: TFunction, error: unknown): FieldErrors {
  const errors = serverFieldErrors(t, error, userFieldNames);
  if (isApiError(error) && error.code === 'CONFLICT') errors.email ??= t('validation.duplicate');
  return errors;
}

interface UserCreateDialogProps {
  onClose: () => void;
  onCreated: (result: { user: User; temporaryPassword: string }) => void;
}

export function UserCreateDialog({ onClose, onCreated }: UserCreateDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateUser();
  const form = useFormValues<UserFieldValues>({
    email: '',
    displayName: '',
    agencyId: '',
    roles: [],
    locale: i18n.language,
    timeZone: 'Asia/Jakarta',
  });
  const formRef = useFocusFirstInvalid([form.clientErrors, create.error]);
  const errors = { ...serverErrorsOf(t, create.error), ...form.clientErrors };
  const isExplained =
    isApiError(create.error) && (create.error.code === 'CONFLICT' || create.error.issues.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, createUserRequestSchema, form.values);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) create.mutate(checked.data, { onSuccess: onCreated });
  };

  return (
    <Dialog
      isOpen
      onClose={onClose}
      size="lg"
      title={t('users.createTitle')}
      description={t('users.createIntro')}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="user-create-form">
        <UserFields form={form} errors={errors} />
        {isExplained ? null : <ErrorAlert error={create.error} />}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={create.isPending}>
            {t('users.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

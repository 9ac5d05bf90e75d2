import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { updateUserRequestSchema, type User } from '#contracts/users';
import { isApiError } from '../../lib/api';
import { serverFieldErrors, validateWith, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Alert, Button, Card, ErrorAlert, VersionConflictAlert } from '../../ui';
import { UserFields, userFieldNames, type UserFieldValues } from './user-fields';
import { useReloadUsers, useUpdateUser } from './users-api';

/** Messages for the failures an edit can meet, in words rather than codes. */
export function userChangeProblem(t: TFunction, error: unknown): string | null {
  if (!isApiError(error)) return null;
  if (error.code === 'VERSION_CONFLICT') return t('common.versionConflict');
  if (error.code === 'CONFLICT' && error.issues.length === 0) return t('users.lastAdmin');
  return null;
}

function serverErrorsOf(t: TFunction, error: unknown): FieldErrors {
  const errors = serverFieldErrors(t, error, userFieldNames);
  if (isApiError(error) && error.code === 'CONFLICT' && error.issues.length > 0)
    errors.email ??= t('validation.duplicate');
  return errors;
}

/** Profile, agency, roles and preferences of an account; saved with its version so edits do not cross. */
export function UserEditForm({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const reload = useReloadUsers();
  const [isSaved, setIsSaved] = useState(false);
  const form = useFormValues<UserFieldValues>({
    email: user.email,
    displayName: user.displayName,
    agencyId: user.agencyId,
    roles: user.roles,
    locale: user.locale,
    timeZone: user.timeZone,
  });
  const formRef = useFocusFirstInvalid([form.clientErrors, update.error]);
  const serverErrors = serverErrorsOf(t, update.error);
  const errors = { ...serverErrors, ...form.clientErrors };
  const problem = userChangeProblem(t, update.error);
  const isVersionConflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSaved(false);
    const checked = validateWith(t, updateUserRequestSchema, { ...form.values, version: user.version });
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) update.mutate(checked.data, { onSuccess: () => setIsSaved(true) });
  };

  return (
    <Card title={t('users.profileTitle')}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <fieldset className="fieldset" disabled={!canManage}>
          <UserFields
            form={form}
            errors={errors}
            currentAgency={{ id: user.agencyId, name: user.agencyName }}
          />
        </fieldset>
        {isSaved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        {isVersionConflict ? <VersionConflictAlert onReload={() => void reload()} /> : null}
        {problem && !isVersionConflict ? <Alert tone="warning">{problem}</Alert> : null}
        {problem || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={update.error} />}
        {canManage ? (
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={update.isPending}>
              {t('common.saveChanges')}
            </Button>
          </div>
        ) : null}
      </form>
    </Card>
  );
}

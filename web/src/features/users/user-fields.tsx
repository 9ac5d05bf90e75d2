import { useTranslation } from 'react-i18next';
import type { Role } from '#contracts/access';
import type { FieldErrors } from '../../lib/form-errors';
import type { FormState } from '../../lib/use-form';
import { CheckboxGroup, Select, TextField } from '../../ui';
import { useAgencies } from '../agencies';
import { localeOptions, roleOptions, timeZoneOptions } from './user-options';

export interface UserFieldValues {
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  locale: string;
  timeZone: string;
}

export const userFieldNames = ['email', 'displayName', 'agencyId', 'roles', 'locale', 'timeZone'] as const;

interface UserFieldsProps {
  form: FormState<UserFieldValues>;
  errors: FieldErrors;
  /** The user's current agency, listed even if it has since been deactivated. */
  currentAgency?: { id: string; name: string };
}

/** The account fields shared by the create and edit forms. */
export function UserFields({ form, errors, currentAgency }: UserFieldsProps) {
  const { values, set, bind } = form;
  const { t } = useTranslation();
  const agencies = useAgencies();
  const agencyOptions = (agencies.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.shortName} — ${a.name}`,
  }));
  if (currentAgency && !agencyOptions.some((o) => o.value === currentAgency.id)) {
    agencyOptions.unshift({ value: currentAgency.id, label: currentAgency.name });
  }
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t('fields.displayName')}
          required
          autoComplete="off"
          {...bind('displayName')}
          error={errors.displayName}
        />
        <TextField
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          {...bind('email')}
          error={errors.email}
        />
      </div>
      <Select
        label={t('fields.agency')}
        required
        emptyOption={agencies.isPending ? t('common.loading') : t('common.choose')}
        options={agencyOptions}
        {...bind('agencyId')}
        error={errors.agencyId}
      />
      <CheckboxGroup
        legend={t('fields.roles')}
        hint={t('users.rolesHint')}
        name="roles"
        options={roleOptions(t)}
        value={values.roles}
        onChange={(next) => set('roles', next as Role[])}
        error={errors.roles}
      />
      <div className="form-grid">
        <Select
          label={t('fields.locale')}
          options={localeOptions(t)}
          {...bind('locale')}
          error={errors.locale}
        />
        <Select
          label={t('fields.timeZone')}
          options={timeZoneOptions(t)}
          {...bind('timeZone')}
          error={errors.timeZone}
        />
      </div>
    </>
  );
}

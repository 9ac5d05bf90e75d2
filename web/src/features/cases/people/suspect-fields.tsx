import { useTranslation } from 'react-i18next';
import { perpetratorRole } from '#contracts/codes/cases';
import type { FieldErrors } from '../../../lib/form-errors';
import type { FormState } from '../../../lib/use-form';
import { CheckboxGroup, TextArea } from '../../../ui';
import { useCodes } from '../code-labels';
import { errorAt } from './person-fields';
import type { PersonFormValues } from './person-form';

/** The suspect's roles in the process (HTCDS): the recruiter is the tekong or calo of Kepri. */
export function SuspectFields({ form, errors }: { form: FormState<PersonFormValues>; errors: FieldErrors }) {
  const { t } = useTranslation();
  const { options } = useCodes();
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__title">{t('cases.suspect.section')}</legend>
      <CheckboxGroup
        legend={t('cases.suspect.roles')}
        hint={t('cases.suspect.rolesHint')}
        options={options(perpetratorRole)}
        value={form.values.suspectRoles}
        onChange={(next) => form.set('suspectRoles', next)}
        error={errorAt(errors, 'suspect.roles') ?? errorAt(errors, 'suspect')}
      />
      <TextArea
        label={t('cases.suspect.roleDetails')}
        isOptional
        rows={3}
        {...form.bind('suspectRoleDetails')}
        error={errorAt(errors, 'suspect.roleDetails')}
      />
    </fieldset>
  );
}

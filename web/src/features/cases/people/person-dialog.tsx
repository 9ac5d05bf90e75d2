import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addPersonRequestSchema,
  updatePersonRequestSchema,
  type CasePerson,
  type PersonIdentity,
  type PersonRole,
} from '#contracts/cases';
import { personRole } from '#contracts/codes/cases';
import { isApiError } from '../../../lib/api';
import { useFocusFirstInvalid, useFormValues } from '../../../lib/use-form';
import { Alert, Button, Dialog, ErrorAlert, TextArea, VersionConflictAlert } from '../../../ui';
import { useCodes } from '../code-labels';
import { useAddPerson, useUpdatePerson } from '../case-parts-api';
import { useInvalidateCase } from '../cases-api';
import { renderPseudonym } from '../pseudonym';
import { GeneralFields, IdentityFields } from './person-fields';
import { checkWith, serverErrorsByPath } from '../contract-check';
import {
  addRequestOf,
  identityOf,
  personFormValues,
  updateRequestOf,
  type PersonFormValues,
} from './person-form';
import { minReason, PersonSuggestions, useSamePerson, type ChosenSuggestion } from '../../linkage';
import { SuspectFields } from './suspect-fields';
import { VictimFields } from './victim-fields';

interface PersonDialogProps {
  caseId: string;
  role: PersonRole;
  /** The person to change; null to add one. */
  person: CasePerson | null;
  /** The identity revealed on this page, which makes the identity fields editable. */
  revealed: PersonIdentity | null;
  onClose: () => void;
  /** After a save that changed a revealed identity: the identity now stored. */
  onIdentitySaved: (identity: PersonIdentity) => void;
}

function usePersonSave(caseId: string, person: CasePerson | null) {
  const add = useAddPerson(caseId);
  const update = useUpdatePerson(caseId, person?.id ?? '');
  return person ? update : add;
}

/**
 * Adds a person in a role or changes one. A protected person's identity fields appear only when
 * it was revealed on this page; otherwise only what does not identify them can be changed.
 */
export function PersonDialog({
  caseId,
  role,
  person,
  revealed,
  onClose,
  onIdentitySaved,
}: PersonDialogProps) {
  const { t } = useTranslation();
  const { labelInText } = useCodes();
  const save = usePersonSave(caseId, person);
  const reload = useInvalidateCase(caseId);
  const [start] = useState<PersonFormValues>(() => personFormValues(role, person, revealed));
  const form = useFormValues(start);
  const formRef = useFocusFirstInvalid([form.clientErrors, save.error]);
  const withIdentity = !person || !person.identityProtected || revealed !== null;
  const serverErrors = serverErrorsByPath(t, save.error);
  const errors = { ...serverErrors, ...form.clientErrors };
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';
  // "This is the same person" on a suggestion: linked once the person is added.
  const [chosen, setChosen] = useState<ChosenSuggestion | null>(null);
  const [sameReason, setSameReason] = useState('');
  const [sameProblem, setSameProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<CasePerson | null>(null);
  const samePerson = useSamePerson(caseId);
  const linkThenClose = (person: CasePerson, close: () => void) => {
    if (!chosen) return close();
    setAdded(person);
    samePerson.mutate({ casePersonId: person.id, personId: chosen.personId, reason: sameReason.trim() }, { onSuccess: close });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && sameReason.trim().length < minReason) {
      setSameProblem(t('linkage.review.reasonTooShort', { n: minReason }));
      return;
    }
    setSameProblem(null);
    // The person was added but the link failed: only the link is tried again.
    if (added) return linkThenClose(added, onClose);
    const checked = person
      ? checkWith(
          t,
          updatePersonRequestSchema,
          updateRequestOf(start, form.values, withIdentity, person.version),
        )
      : checkWith(t, addPersonRequestSchema, addRequestOf(form.values));
    form.setClientErrors(checked.errors ?? {});
    // Both schemas' outputs are what their endpoint takes; the hook picked by `person` matches.
    const saved = () => {
      if (revealed) onIdentitySaved(identityOf(form.values));
      onClose();
    };
    if (checked.data)
      save.mutate(checked.data as never, {
        onSuccess: (result: unknown) => (person ? saved() : linkThenClose(result as CasePerson, saved)),
      });
  };

  const title = person
    ? t('cases.person.editTitle', { name: renderPseudonym(t, person.pseudonym) })
    : t('cases.person.addTitle', { role: labelInText(personRole, role) });
  return (
    <Dialog isOpen onClose={onClose} size="lg" title={title} description={t(`cases.person.intro.${role}`)}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="person-form">
        {withIdentity ? (
          <IdentityFields form={form} errors={errors} />
        ) : (
          <Alert tone="info" isLive={false}>
            {t('cases.person.identityHiddenInForm')}
          </Alert>
        )}
        {person ? null : (
          <PersonSuggestions
            caseId={caseId}
            values={form.values}
            renderPseudonym={(p) => renderPseudonym(t, p)}
            chosen={chosen}
            onChoose={setChosen}
          />
        )}
        {chosen && !person ? (
          <TextArea
            label={t('linkage.suggestions.samePersonReason', { name: chosen.label })}
            hint={t('linkage.suggestions.samePersonHint')}
            error={sameProblem}
            rows={2}
            value={sameReason}
            onChange={(e) => setSameReason(e.target.value)}
          />
        ) : null}
        <ErrorAlert error={samePerson.error} />
        <GeneralFields form={form} errors={errors} />
        {role === 'victim' ? <VictimFields form={form} errors={errors} /> : null}
        {role === 'suspect' ? <SuspectFields form={form} errors={errors} /> : null}
        {isConflict ? <VersionConflictAlert onReload={() => void reload().then(onClose)} /> : null}
        {Object.keys(errors).length > 0 && !isConflict ? (
          <Alert tone="danger">{t('errors.VALIDATION_FAILED')}</Alert>
        ) : null}
        {isConflict || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={save.error} />}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {person ? t('common.saveChanges') : t('cases.person.add')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

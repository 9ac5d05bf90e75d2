import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { processSteps, raciRoles, type Assignment, type Matrix, type ProcessStep, type RaciRole } from '#contracts/taskforce';
import { Button, Card, CheckboxGroup, ErrorAlert, Select, TextArea } from '../../ui';
import { useAgencies } from '../agencies';
import { useSaveMatrix } from './taskforce-api';

/**
 * Edits the matrix one step at a time (four agency lists: R, A, C, I) and saves the whole as a new
 * version with the reason; conflicts are the server's to flag, not this form's to refuse.
 */
export function MatrixEditor({ matrix, onDone }: { matrix: Matrix; onDone: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencies().data?.items ?? [];
  const save = useSaveMatrix();
  const [step, setStep] = useState<ProcessStep>(processSteps[0]);
  const [draft, setDraft] = useState<Assignment[]>(matrix.assignments.map(({ step, agencyId, role }) => ({ step, agencyId, role })));
  const [reason, setReason] = useState('');
  const holders = (role: RaciRole) => draft.filter((a) => a.step === step && a.role === role).map((a) => a.agencyId);
  const setHolders = (role: RaciRole, agencyIds: string[]) =>
    setDraft([...draft.filter((a) => !(a.step === step && a.role === role)), ...agencyIds.map((agencyId) => ({ step, agencyId, role }))]);
  const options = agencies.map((a) => ({ value: a.id, label: a.shortName }));
  return (
    <Card title={t('taskforce.matrix.editing', { version: matrix.version })}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ baseVersion: matrix.version, reason, assignments: draft }, { onSuccess: onDone });
        }}
      >
        <Select
          label={t('taskforce.matrix.step')}
          value={step}
          onChange={(e) => setStep(e.target.value as ProcessStep)}
          options={processSteps.map((s) => ({ value: s, label: t(`taskforce.matrix.steps.${s}`) }))}
        />
        <div className="taskforce-roles">
          {raciRoles.map((role) => (
            <CheckboxGroup
              key={`${step}-${role}`}
              legend={`${t(`taskforce.matrix.steps.${step}`)}: ${t(`taskforce.matrix.raci.${role}`)}`}
              options={options}
              value={holders(role)}
              onChange={(ids) => setHolders(role, ids)}
            />
          ))}
        </div>
        <TextArea label={t('taskforce.matrix.changeReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
        <ErrorAlert error={save.error} />
        <div className="cluster">
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {t('taskforce.matrix.saveVersion')}
          </Button>
          <Button onClick={onDone}>{t('taskforce.cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}

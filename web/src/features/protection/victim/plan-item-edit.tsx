import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { ProtectionRecord, Provider } from '#contracts/protection';
import { isApiError } from '../../../lib/api';
import { Button, Dialog, ErrorAlert, Select, TextArea, TextField, VersionConflictAlert } from '../../../ui';
import { useProviders, useRecordChange } from '../protection-api';

type PlanItem = ProtectionRecord['planItems'][number];
type Field = [string, (value: string) => void];

/** The fields a plan item is added and changed with: objective, provider (those offering its type), planned end. */
export function PlanItemFields(props: { objective: Field; providerId: Field; plannedEndOn: Field; providers: Provider[] }) {
  const { t } = useTranslation();
  const [objective, setObjective] = props.objective;
  const [providerId, setProviderId] = props.providerId;
  const [plannedEndOn, setPlannedEndOn] = props.plannedEndOn;
  return (
    <>
      <TextArea label={t('protection.plan.objective')} rows={2} value={objective} onChange={(e) => setObjective(e.target.value)} required minLength={3} />
      <Select
        label={t('protection.plan.provider')}
        value={providerId}
        onChange={(e) => setProviderId(e.target.value)}
        emptyOption={t('protection.plan.noProvider')}
        options={props.providers.map((p) => ({
          value: p.id,
          label: p.isActive ? p.name : t('protection.plan.inactiveProvider', { name: p.name }),
        }))}
        isOptional
      />
      <TextField label={t('protection.plan.plannedEnd')} type="date" value={plannedEndOn} onChange={(e) => setPlannedEndOn(e.target.value)} isOptional />
    </>
  );
}

/**
 * Changes a plan item's objective, provider and dates (PATCH, version-checked and audited by the
 * server); when someone saved first, offers to load their version.
 */
export function EditPlanItem({ casePersonId, item }: { casePersonId: string; item: PlanItem }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const providers = useProviders(true);
  const change = useRecordChange(casePersonId);
  const [objective, setObjective] = useState(item.objective);
  const [providerId, setProviderId] = useState(item.providerId ?? '');
  const [plannedEndOn, setPlannedEndOn] = useState(item.plannedEndOn ?? '');
  const [actualEndOn, setActualEndOn] = useState(item.actualEndOn ?? '');
  const open = () => {
    change.reset();
    setObjective(item.objective);
    setProviderId(item.providerId ?? '');
    setPlannedEndOn(item.plannedEndOn ?? '');
    setActualEndOn(item.actualEndOn ?? '');
    setOpen(true);
  };
  const close = () => setOpen(false);
  // Active providers of the item's type, and the item's own provider even if deactivated since.
  const fitting = (providers.data?.items ?? []).filter(
    (p) => (p.isActive && p.services.some((s) => s === item.type)) || p.id === item.providerId,
  );
  const isConflict = isApiError(change.error) && change.error.code === 'VERSION_CONFLICT';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      objective,
      providerId: providerId || null,
      plannedEndOn: plannedEndOn || null,
      actualEndOn: actualEndOn || null,
      version: item.version,
    };
    change.mutate({ path: `/api/protection/plan-items/${item.id}`, method: 'PATCH', body }, { onSuccess: close });
  };
  return (
    <>
      <Button size="sm" onClick={open} aria-label={t('protection.plan.editLabel', { objective: item.objective })}>
        {t('protection.plan.edit')}
      </Button>
      <Dialog isOpen={isOpen} onClose={close} title={t('protection.plan.editTitle')}>
        <form className="form" onSubmit={submit}>
          <PlanItemFields
            objective={[objective, setObjective]}
            providerId={[providerId, setProviderId]}
            plannedEndOn={[plannedEndOn, setPlannedEndOn]}
            providers={fitting}
          />
          <TextField label={t('protection.plan.actualEnd')} type="date" value={actualEndOn} onChange={(e) => setActualEndOn(e.target.value)} isOptional />
          {isConflict ? (
            <VersionConflictAlert onReload={() => void queryClient.invalidateQueries({ queryKey: ['protection', 'victims', casePersonId] }).then(close)} />
          ) : (
            <ErrorAlert error={change.error} />
          )}
          <div className="form-actions">
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" isPending={change.isPending}>
              {t('common.saveChanges')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

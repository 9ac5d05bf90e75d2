import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { patrolKinds, patrolRequestSchema, patrolUpdateSchema, type Patrol, type PatrolKind, type Position } from '#contracts/patrols';
import type { TimeZone } from '#contracts/common';
import { isApiError } from '../../lib/api';
import { useFormat } from '../../lib/format-context';
import { instantOf } from '../../lib/format';
import { useFocusFirstInvalid } from '../../lib/use-form';
import { Button, CheckboxGroup, ErrorAlert, Select, TextArea, TextField, VersionConflictAlert } from '../../ui';
import { useAgencies } from '../agencies';
import { useMe } from '../auth';
import { AreaDrawer } from './area-drawer';
import { polygonOf } from './area-layers';
import { checkPatrolForm, patrolServerErrors } from './patrol-errors';
import { useBodyChoices, usePlanPatrol, useReloadPatrols, useUpdatePlan } from './patrols-api';
import { VesselRows, type VesselRow } from './vessel-rows';

const fields = ['kind', 'title', 'bodyId', 'area', 'startsAt', 'endsAt', 'agencyIds', 'vessels', 'objectives'];

/** A stored instant as the wall-clock value of a datetime-local input in the time zone (Swedish writes ISO order). */
const localInputOf = (iso: string, timeZone: TimeZone) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)).replace(' ', 'T');

interface PlanFormProps {
  /** The patrol whose plan is changed (against the version read when the form opened); none plans a new one. */
  patrol?: Patrol;
  onSaved: (patrol: Patrol) => void;
  onCancel?: () => void;
}

/** The plan: kind, title, time window, the area drawn on the offline map, agencies, vessels, objectives, forum. */
export function PlanForm({ patrol, onSaved, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const me = useMe();
  const agencies = useAgencies();
  const bodies = useBodyChoices(me.data?.permissions.includes('taskforce.read') ?? false);
  const create = usePlanPatrol();
  const update = useUpdatePlan(patrol?.id ?? '');
  const reload = useReloadPatrols();
  const save = patrol ? update : create;
  const [version] = useState(patrol?.version ?? 0);
  const [kind, setKind] = useState<PatrolKind>(patrol?.kind ?? 'patrol');
  const [title, setTitle] = useState(patrol?.title ?? '');
  const [bodyId, setBodyId] = useState(patrol?.bodyId ?? '');
  const [startsAt, setStartsAt] = useState(patrol ? localInputOf(patrol.startsAt, timeZone) : '');
  const [endsAt, setEndsAt] = useState(patrol ? localInputOf(patrol.endsAt, timeZone) : '');
  // The planner's own agency takes part unless they choose otherwise (the server requires it of most).
  const [agencyIds, setAgencyIds] = useState<string[] | null>(patrol ? patrol.agencies.map((a) => a.id) : null);
  const chosen = agencyIds ?? (me.data ? [me.data.agency.id] : []);
  const [vessels, setVessels] = useState<VesselRow[]>(() => patrol?.vessels.map((v, key) => ({ key, ...v })) ?? []);
  const [objectives, setObjectives] = useState(patrol?.objectives ?? '');
  const [corners, setCorners] = useState<Position[]>(() => patrol?.area.coordinates[0]!.slice(0, -1) ?? []);
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const formRef = useFocusFirstInvalid([clientErrors, save.error]);
  const serverErrors = patrolServerErrors(t, save.error, fields);
  const errors = { ...serverErrors, ...clientErrors };
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';
  const active = (agencies.data?.items ?? []).filter((a) => a.isActive || chosen.includes(a.id));
  const label = patrol ? t('patrols.editPlan') : t('patrols.newTitle');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const plan = {
      title,
      bodyId: bodyId || null,
      area: polygonOf(corners),
      startsAt: startsAt ? instantOf(startsAt, timeZone) : '',
      endsAt: endsAt ? instantOf(endsAt, timeZone) : '',
      agencyIds: chosen,
      vessels: vessels.map(({ agencyId, name }) => ({ agencyId, name })),
      objectives,
    };
    if (patrol) {
      const checked = checkPatrolForm(t, patrolUpdateSchema, { ...plan, version });
      setClientErrors(checked.errors ?? {});
      if (checked.data) update.mutate(checked.data, { onSuccess: onSaved });
    } else {
      const checked = checkPatrolForm(t, patrolRequestSchema, { ...plan, kind });
      setClientErrors(checked.errors ?? {});
      if (checked.data) create.mutate(checked.data, { onSuccess: onSaved });
    }
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={label}>
      <div className="form-grid">
        {patrol ? null : (
          <Select label={t('patrols.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as PatrolKind)} options={patrolKinds.map((k) => ({ value: k, label: t(`patrols.kinds.${k}`) }))} error={errors.kind} />
        )}
        <TextField label={t('patrols.fields.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} maxLength={200} />
      </div>
      <div className="form-grid">
        <TextField label={t('patrols.fields.startsAt')} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} error={errors.startsAt} />
        <TextField label={t('patrols.fields.endsAt')} type="datetime-local" value={endsAt} min={startsAt || undefined} onChange={(e) => setEndsAt(e.target.value)} error={errors.endsAt} />
      </div>
      <AreaDrawer corners={corners} onChange={setCorners} error={errors.area} />
      <CheckboxGroup
        legend={t('patrols.fields.agencies')}
        hint={t('patrols.fields.agenciesHint')}
        options={active.map((a) => ({ value: a.id, label: a.name }))}
        value={chosen}
        onChange={(ids) => {
          setAgencyIds(ids);
          setVessels((rows) => rows.map((r) => (ids.includes(r.agencyId) ? r : { ...r, agencyId: '' })));
        }}
        error={errors.agencyIds}
      />
      <ErrorAlert error={agencies.error} />
      <VesselRows rows={vessels} onChange={setVessels} agencies={active.filter((a) => chosen.includes(a.id))} error={errors.vessels} />
      <TextArea label={t('patrols.fields.objectives')} rows={4} value={objectives} onChange={(e) => setObjectives(e.target.value)} error={errors.objectives} isOptional />
      <Select
        label={t('patrols.fields.body')}
        value={bodyId}
        onChange={(e) => setBodyId(e.target.value)}
        emptyOption={t('patrols.fields.bodyNone')}
        options={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        error={errors.bodyId}
        isOptional
      />
      {isConflict ? <VersionConflictAlert onReload={() => void reload().then(() => onCancel?.())} /> : null}
      {isConflict || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={save.error} />}
      <div className="form-actions">
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {patrol ? t('patrols.savePlanChanges') : t('patrols.savePlan')}
        </Button>
      </div>
    </form>
  );
}

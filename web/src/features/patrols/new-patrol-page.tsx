import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { patrolKinds, patrolRequestSchema, type PatrolKind, type Position } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { instantOf } from '../../lib/format';
import { useFocusFirstInvalid } from '../../lib/use-form';
import { Button, Card, CheckboxGroup, ErrorAlert, PageHeader, Select, TextArea, TextField } from '../../ui';
import { useAgencies } from '../agencies';
import { useMe } from '../auth';
import { AreaDrawer } from './area-drawer';
import { polygonOf } from './area-layers';
import { checkPatrolForm, patrolServerErrors } from './patrol-errors';
import { useBodyChoices, usePlanPatrol } from './patrols-api';
import { VesselRows, type VesselRow } from './vessel-rows';
import './patrols.css';

const fields = ['kind', 'title', 'bodyId', 'area', 'startsAt', 'endsAt', 'agencyIds', 'vessels', 'objectives'];

/** /patrols/new: the plan, with the area drawn on the offline map; opens the new patrol's page. */
export function NewPatrolPage() {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const navigate = useNavigate();
  const me = useMe();
  const agencies = useAgencies();
  const bodies = useBodyChoices(me.data?.permissions.includes('taskforce.read') ?? false);
  const plan = usePlanPatrol();
  const [kind, setKind] = useState<PatrolKind>('patrol');
  const [title, setTitle] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  // The planner's own agency takes part unless they choose otherwise (the server requires it of most).
  const [agencyIds, setAgencyIds] = useState<string[] | null>(null);
  const chosen = agencyIds ?? (me.data ? [me.data.agency.id] : []);
  const [vessels, setVessels] = useState<VesselRow[]>([]);
  const [objectives, setObjectives] = useState('');
  const [corners, setCorners] = useState<Position[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const formRef = useFocusFirstInvalid([clientErrors, plan.error]);
  const serverErrors = patrolServerErrors(t, plan.error, fields);
  const errors = { ...serverErrors, ...clientErrors };
  const active = (agencies.data?.items ?? []).filter((a) => a.isActive);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPatrolForm(t, patrolRequestSchema, {
      kind,
      title,
      bodyId: bodyId || null,
      area: polygonOf(corners),
      startsAt: startsAt ? instantOf(startsAt, timeZone) : '',
      endsAt: endsAt ? instantOf(endsAt, timeZone) : '',
      agencyIds: chosen,
      vessels: vessels.map(({ agencyId, name }) => ({ agencyId, name })),
      objectives,
    });
    setClientErrors(checked.errors ?? {});
    if (checked.data) plan.mutate(checked.data, { onSuccess: (patrol) => void navigate(`/patrols/${patrol.id}`) });
  };

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/patrols">{t('patrols.backToList')}</Link>
      </p>
      <PageHeader title={t('patrols.newTitle')} description={t('patrols.newIntro')} />
      <Card>
        <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('patrols.newTitle')}>
          <div className="form-grid">
            <Select label={t('patrols.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as PatrolKind)} options={patrolKinds.map((k) => ({ value: k, label: t(`patrols.kinds.${k}`) }))} error={errors.kind} />
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
          {Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={plan.error} />}
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={plan.isPending}>
              {t('patrols.savePlan')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

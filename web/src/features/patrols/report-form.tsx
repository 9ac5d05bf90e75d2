import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { patrolReportRequestSchema, type Patrol } from '#contracts/patrols';
import { isApiError } from '../../lib/api';
import { useFocusFirstInvalid } from '../../lib/use-form';
import { Button, ErrorAlert, TextArea, TextField, VersionConflictAlert } from '../../ui';
import { CasePicker, type LinkedCase } from './case-picker';
import { LandingPicker } from './landing-picker';
import { checkPatrolForm, patrolServerErrors } from './patrol-errors';
import { useReloadPatrols, useReportPatrol } from './patrols-api';

interface LandingRow {
  key: number;
  lat: string;
  lng: string;
  description: string;
}

const fields = ['findings', 'peopleIntercepted', 'boatsIntercepted', 'landings', 'caseIds'];
/** "1,0832" as Indonesians write it is read as 1.0832; an empty field stays empty (required). */
const numberOf = (value: string) => (value.trim() === '' ? NaN : Number(value.trim().replace(',', '.')));
const countOf = (value: string) => (value.trim() === '' ? '' : Number(value.trim()));

/** Records or corrects the report, against the version read when the form opened. */
export function ReportForm({ patrol, onDone }: { patrol: Patrol; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useReportPatrol(patrol.id);
  const reload = useReloadPatrols();
  const [start] = useState(() => ({ version: patrol.version, report: patrol.report }));
  const [findings, setFindings] = useState(start.report?.findings ?? '');
  const [people, setPeople] = useState(start.report ? String(start.report.peopleIntercepted) : '');
  const [boats, setBoats] = useState(start.report ? String(start.report.boatsIntercepted) : '');
  const [landings, setLandings] = useState<LandingRow[]>(
    () => start.report?.landings.map((l, key) => ({ key, lat: String(l.lat), lng: String(l.lng), description: l.description })) ?? [],
  );
  const [cases, setCases] = useState<LinkedCase[]>(() => start.report?.cases ?? []);
  const [clientErrors, setClientErrors] = useState<Record<string, string | undefined>>({});
  const formRef = useFocusFirstInvalid([clientErrors, save.error]);
  const serverErrors = patrolServerErrors(t, save.error, fields);
  const errors = { ...serverErrors, ...clientErrors };
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';

  const setLanding = (key: number, change: Partial<LandingRow>) => setLandings((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const addLanding = (lat = '', lng = '') => setLandings((rows) => [...rows, { key: Math.max(0, ...rows.map((r) => r.key + 1)), lat, lng, description: '' }]);
  // The landings whose coordinates read as numbers are shown on the map as they are typed.
  const placed = landings.flatMap((l) => {
    const [lat, lng] = [numberOf(l.lat), numberOf(l.lng)];
    return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? [{ lat, lng, description: l.description }] : [];
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPatrolForm(t, patrolReportRequestSchema, {
      version: start.version,
      findings,
      peopleIntercepted: countOf(people),
      boatsIntercepted: countOf(boats),
      landings: landings.map((l) => ({ lat: numberOf(l.lat), lng: numberOf(l.lng), description: l.description })),
      caseIds: cases.map((c) => c.id),
    });
    setClientErrors(checked.errors ?? {});
    if (checked.data) save.mutate(checked.data, { onSuccess: () => onDone(true) });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('patrols.reportCard')}>
      <TextArea label={t('patrols.report.findings')} rows={4} value={findings} error={errors.findings} onChange={(e) => setFindings(e.target.value)} isOptional />
      <div className="form-grid">
        <TextField label={t('patrols.report.peopleIntercepted')} type="number" inputMode="numeric" min={0} step={1} value={people} error={errors.peopleIntercepted} onChange={(e) => setPeople(e.target.value)} />
        <TextField label={t('patrols.report.boatsIntercepted')} type="number" inputMode="numeric" min={0} step={1} value={boats} error={errors.boatsIntercepted} onChange={(e) => setBoats(e.target.value)} />
      </div>
      <fieldset className={['fieldset', errors.landings ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <legend className="field__label">{t('patrols.report.landings')}</legend>
        <p className="field__hint">{t('patrols.report.landingsHint')}</p>
        <div className="stack">
          <LandingPicker area={patrol.area} landings={placed} onPick={(lng, lat) => addLanding(String(lat), String(lng))} />
          {landings.map((l, index) => (
            <div key={l.key} className="patrol-row">
              <TextField label={t('patrols.report.landingLat', { n: index + 1 })} inputMode="decimal" value={l.lat} onChange={(e) => setLanding(l.key, { lat: e.target.value })} aria-invalid={errors.landings ? true : undefined} />
              <TextField label={t('patrols.report.landingLng', { n: index + 1 })} inputMode="decimal" value={l.lng} onChange={(e) => setLanding(l.key, { lng: e.target.value })} aria-invalid={errors.landings ? true : undefined} />
              <TextField label={t('patrols.report.landingDescription', { n: index + 1 })} value={l.description} onChange={(e) => setLanding(l.key, { description: e.target.value })} isOptional />
              <Button size="sm" variant="ghost" onClick={() => setLandings((rows) => rows.filter((r) => r.key !== l.key))}>
                {t('patrols.report.removeLanding', { n: index + 1 })}
              </Button>
            </div>
          ))}
          <div>
            <Button size="sm" onClick={() => addLanding()}>
              {t('patrols.report.addLanding')}
            </Button>
          </div>
        </div>
        {errors.landings ? <p className="field__error">{errors.landings}</p> : null}
      </fieldset>
      <CasePicker linked={cases} onChange={setCases} error={errors.caseIds} />
      {isConflict ? <VersionConflictAlert onReload={() => void reload().then(() => onDone(false))} /> : null}
      {isConflict || Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={save.error} />}
      <div className="form-actions">
        <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('patrols.saveReport')}
        </Button>
      </div>
    </form>
  );
}

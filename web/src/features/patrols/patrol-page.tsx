import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Patrol } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ErrorAlert, Loading, PageHeader } from '../../ui';
import { useMe } from '../auth';
import { useKabkotaNames } from '../map';
import { AreaMap } from './area-map';
import { PatrolStatusBadge } from './patrols-page';
import { PlanForm } from './plan-form';
import { useBodyChoices, usePatrol } from './patrols-api';
import { ReportForm } from './report-form';
import './patrols.css';

function PlanCard({ patrol, areaName, bodyName, onEdit }: { patrol: Patrol; areaName: string; bodyName: string | undefined; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agencyName = new Map(patrol.agencies.map((a) => [a.id, a.name]));
  return (
    <Card
      title={t('patrols.planCard')}
      actions={
        onEdit ? (
          <Button size="sm" onClick={onEdit}>
            {t('patrols.editPlan')}
          </Button>
        ) : null
      }
    >
      <dl className="definition-list">
        <dt>{t('patrols.fields.kind')}</dt>
        <dd>{t(`patrols.kinds.${patrol.kind}`)}</dd>
        <dt>{t('patrols.fields.when')}</dt>
        <dd>{t('patrols.period.range', { from: format.dateTime(patrol.startsAt), to: format.dateTime(patrol.endsAt) })}</dd>
        <dt>{t('patrols.fields.area')}</dt>
        <dd>{areaName}</dd>
        {patrol.bodyId ? (
          <>
            <dt>{t('patrols.fields.body')}</dt>
            <dd>{bodyName ? <Link to={`/taskforce/bodies/${patrol.bodyId}`}>{bodyName}</Link> : '…'}</dd>
          </>
        ) : null}
        <dt>{t('patrols.fields.agencies')}</dt>
        <dd>
          <ul className="patrol-list">
            {patrol.agencies.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('patrols.fields.vessels')}</dt>
        <dd>
          {patrol.vessels.length === 0 ? (
            <span className="muted">{t('patrols.fields.noVessels')}</span>
          ) : (
            <ul className="patrol-list">
              {patrol.vessels.map((v) => (
                <li key={`${v.agencyId}:${v.name}`}>
                  {v.name} <span className="muted">({agencyName.get(v.agencyId) ?? '…'})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('patrols.fields.objectives')}</dt>
        <dd className="patrol-text">{patrol.objectives || <span className="muted">{t('patrols.fields.noObjectives')}</span>}</dd>
      </dl>
    </Card>
  );
}

function ReportFacts({ patrol }: { patrol: Patrol }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = patrol.report!;
  const hidden = report.caseCount - report.cases.length;
  return (
    <dl className="definition-list" data-testid="patrol-report">
      <dt>{t('patrols.report.findings')}</dt>
      <dd className="patrol-text">{report.findings || <span className="muted">{t('patrols.report.noFindings')}</span>}</dd>
      <dt>{t('patrols.report.peopleIntercepted')}</dt>
      <dd>{format.number(report.peopleIntercepted)}</dd>
      <dt>{t('patrols.report.boatsIntercepted')}</dt>
      <dd>{format.number(report.boatsIntercepted)}</dd>
      <dt>{t('patrols.report.landings')}</dt>
      <dd>
        {report.landings.length === 0 ? (
          <span className="muted">{t('patrols.report.noLandings')}</span>
        ) : (
          <ul className="patrol-list">
            {report.landings.map((l) => (
              <li key={`${l.lat},${l.lng}`}>
                {l.lat.toFixed(5)}, {l.lng.toFixed(5)}
                {l.description ? ` · ${l.description}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('patrols.report.cases')}</dt>
      <dd>
        {report.cases.length === 0 && hidden === 0 ? <span className="muted">{t('patrols.report.noCases')}</span> : null}
        <ul className="patrol-list">
          {report.cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>{c.number}</Link>
            </li>
          ))}
        </ul>
        {hidden > 0 ? <span className="muted">{t('patrols.report.hiddenCases', { count: hidden })}</span> : null}
      </dd>
      <dt>{t('patrols.reportedAt')}</dt>
      <dd>{format.dateTime(report.reportedAt)}</dd>
    </dl>
  );
}

/** What the patrol found; those who plan patrols record it once it has started, and correct it later. */
function ReportCard({ patrol, canManage }: { patrol: Patrol; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  // The clock is read when the page draws: a patrol that starts while the page is open needs a reload.
  const [now] = useState(() => Date.now());
  const hasStarted = new Date(patrol.startsAt).getTime() <= now;
  const action =
    canManage && hasStarted && !isEditing ? (
      <Button
        size="sm"
        variant={patrol.report ? 'secondary' : 'primary'}
        onClick={() => {
          setIsSaved(false);
          setIsEditing(true);
        }}
      >
        {patrol.report ? t('patrols.correctReport') : t('patrols.recordReport')}
      </Button>
    ) : null;
  return (
    <Card title={t('patrols.reportCard')} actions={action}>
      {isEditing ? (
        <ReportForm
          patrol={patrol}
          onDone={(saved) => {
            setIsEditing(false);
            setIsSaved(saved);
          }}
        />
      ) : (
        <div className="stack">
          {isSaved ? <Alert tone="success">{t('patrols.reportSaved')}</Alert> : null}
          {patrol.report ? <ReportFacts patrol={patrol} /> : <p className="muted">{t('patrols.noReport')}</p>}
          {canManage && !hasStarted ? <p className="muted">{t('patrols.reportAfterStart', { when: format.dateTime(patrol.startsAt) })}</p> : null}
        </div>
      )}
    </Card>
  );
}

/** /patrols/:id: the plan with its area on the map, and the report. */
export function PatrolPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const patrol = usePatrol(id);
  const names = useKabkotaNames();
  const canReadBodies = me.data?.permissions.includes('taskforce.read') ?? false;
  const bodies = useBodyChoices(canReadBodies && Boolean(patrol.data?.bodyId));
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  if (patrol.isPending || !me.data) return <Loading />;
  if (patrol.isError)
    return (
      <div className="stack">
        <PageHeader title={t('patrols.title')} />
        <ErrorAlert error={patrol.error} />
        <Link to="/patrols">{t('patrols.backToList')}</Link>
      </div>
    );
  const p = patrol.data;
  const areaName = p.kabkotaCodes.map((c) => names.get(c) ?? c).join(', ');
  const bodyName = bodies.data?.items.find((b) => b.id === p.bodyId)?.name;
  const canManage = me.data.permissions.includes('patrols.manage');
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/patrols">{t('patrols.backToList')}</Link>
      </p>
      <PageHeader title={p.title} description={`${t(`patrols.kinds.${p.kind}`)} · ${format.dateTime(p.startsAt)} · ${areaName}`} actions={<PatrolStatusBadge patrol={p} />} />
      {isSaved ? <Alert tone="success">{t('patrols.planSaved')}</Alert> : null}
      {isEditing ? (
        <Card title={t('patrols.editPlan')}>
          <PlanForm
            patrol={p}
            onSaved={() => {
              setIsEditing(false);
              setIsSaved(true);
            }}
            onCancel={() => setIsEditing(false)}
          />
        </Card>
      ) : (
        <div className="patrol-layout">
          <PlanCard
            patrol={p}
            areaName={areaName}
            bodyName={bodyName}
            onEdit={
              canManage
                ? () => {
                    setIsSaved(false);
                    setIsEditing(true);
                  }
                : null
            }
          />
          <Card title={t('patrols.fields.area')}>
            <AreaMap key={p.version} area={p.area} landings={p.report?.landings ?? []} label={t('patrols.areaMapLabel', { title: p.title, area: areaName })} />
          </Card>
        </div>
      )}
      <ReportCard patrol={p} canManage={canManage} />
    </div>
  );
}

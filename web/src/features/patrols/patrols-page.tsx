import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PatrolSummary } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { Badge, Button, Card, ErrorAlert, Loading, PageHeader, Table, TextField } from '../../ui';
import { useMe } from '../auth';
import { useKabkotaNames } from '../map';
import { StatisticsCard } from './patrol-statistics';
import { usePatrolStatistics, usePatrols, type Period } from './patrols-api';
import './patrols.css';

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The period in the address (`?from=&to=`), so a filtered view can be shared and reloaded. */
function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const period: Period = { ...(isDay(from) ? { from } : {}), ...(isDay(to) ? { to } : {}) };
  const setPeriod = (next: Period) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)), { replace: true });
  return [period, setPeriod];
}

export function PatrolStatusBadge({ patrol }: { patrol: { status: PatrolSummary['status'] } }) {
  const { t } = useTranslation();
  return <Badge tone={patrol.status === 'reported' ? 'success' : 'info'}>{t(`patrols.statuses.${patrol.status}`)}</Badge>;
}

/** /patrols: the period's statistics and the patrols the user sees (their agency's; the coordinator all). */
export function PatrolsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [period, setPeriod] = usePeriod();
  // A period whose end is before its start is refused by the server: ask for nothing until it is fixed.
  const isBackwards = Boolean(period.from && period.to && period.from > period.to);
  const asked = isBackwards ? { from: period.from } : period;
  const patrols = usePatrols(asked);
  const statistics = usePatrolStatistics(asked);
  const names = useKabkotaNames();
  const canPlan = me.data?.permissions.includes('patrols.manage') ?? false;
  return (
    <div className="stack">
      <PageHeader
        title={t('patrols.title')}
        description={t('patrols.intro')}
        actions={
          canPlan ? (
            <Link to="/patrols/new" className="button button--primary">
              {t('patrols.plan')}
            </Link>
          ) : null
        }
      />
      <form className="patrol-period" aria-label={t('patrols.period.label')} onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('patrols.period.from')} type="date" value={period.from ?? ''} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
        <TextField
          label={t('patrols.period.to')}
          type="date"
          value={period.to ?? ''}
          min={period.from}
          error={isBackwards ? t('patrols.errors.endsBeforeStart') : undefined}
          onChange={(e) => setPeriod({ ...period, to: e.target.value })}
        />
        <Button variant="ghost" onClick={() => setPeriod({})} disabled={!period.from && !period.to} className="patrol-period__reset">
          {t('patrols.period.reset')}
        </Button>
      </form>
      <StatisticsCard statistics={statistics} />
      <Card title={t('patrols.list')}>
        {patrols.isPending ? (
          <Loading />
        ) : patrols.error ? (
          <ErrorAlert error={patrols.error} />
        ) : (
          <Table<PatrolSummary>
            caption={t('patrols.list')}
            rows={patrols.data.items}
            rowKey={(p) => p.id}
            empty={t('patrols.noPatrols')}
            columns={[
              {
                key: 'title',
                header: t('patrols.columns.title'),
                render: (p) => (
                  <span className="patrol-tight">
                    <Link to={`/patrols/${p.id}`} className="cell-title">
                      {p.title}
                    </Link>
                    <span className="muted">{t(`patrols.kinds.${p.kind}`)}</span>
                  </span>
                ),
              },
              { key: 'when', header: t('patrols.columns.when'), render: (p) => format.dateTime(p.startsAt) },
              { key: 'area', header: t('patrols.columns.area'), render: (p) => p.kabkotaCodes.map((c) => names.get(c) ?? c).join(', ') },
              { key: 'agencies', header: t('patrols.columns.agencies'), render: (p) => p.agencies.map((a) => a.code).join(', ') },
              { key: 'status', header: t('patrols.columns.status'), render: (p) => <PatrolStatusBadge patrol={p} /> },
              {
                key: 'people',
                header: t('patrols.columns.people'),
                render: (p) => (p.peopleIntercepted === null ? <span className="muted">{t('patrols.notReported')}</span> : format.number(p.peopleIntercepted)),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

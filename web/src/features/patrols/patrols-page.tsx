import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PatrolSummary } from '#contracts/patrols';
import { useFormat } from '../../lib/format-context';
import { Badge, Button, Card, ErrorAlert, Loading, PageHeader, Select, Table, TextField } from '../../ui';
import { useMe } from '../auth';
import { useKabkotaNames } from '../map';
import { StatisticsCard } from './patrol-statistics';
import { useBodyChoices, usePatrolStatistics, usePatrols, type PatrolQuery } from './patrols-api';
import './patrols.css';

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isId = (value: string | null): value is string => value !== null && /^[0-9a-f-]{36}$/i.test(value);

/** The filter in the address (`?from=&to=&bodyId=`), so a filtered view can be shared and reloaded. */
function useFilter(): [PatrolQuery, (next: PatrolQuery) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const bodyId = params.get('bodyId');
  const filter: PatrolQuery = { ...(isDay(from) ? { from } : {}), ...(isDay(to) ? { to } : {}), ...(isId(bodyId) ? { bodyId } : {}) };
  const setFilter = (next: PatrolQuery) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)), { replace: true });
  return [filter, setFilter];
}

export function PatrolStatusBadge({ patrol }: { patrol: { status: PatrolSummary['status'] } }) {
  const { t } = useTranslation();
  return <Badge tone={patrol.status === 'reported' ? 'success' : 'info'}>{t(`patrols.statuses.${patrol.status}`)}</Badge>;
}

/**
 * /patrols: the statistics and the patrols the user sees (their agency's; the coordinator all) in a
 * period and, when one is chosen, of one forum or task force.
 */
export function PatrolsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [filter, setFilter] = useFilter();
  // A period whose end is before its start is refused by the server: leave its end out until it is fixed.
  const isBackwards = Boolean(filter.from && filter.to && filter.from > filter.to);
  const { to: _to, ...withoutEnd } = filter;
  const asked = isBackwards ? withoutEnd : filter;
  const bodies = useBodyChoices(me.data?.permissions.includes('taskforce.read') ?? false);
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
        <TextField label={t('patrols.period.from')} type="date" value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        <TextField
          label={t('patrols.period.to')}
          type="date"
          value={filter.to ?? ''}
          min={filter.from}
          error={isBackwards ? t('patrols.errors.endsBeforeStart') : undefined}
          onChange={(e) => setFilter({ ...filter, to: e.target.value })}
        />
        {bodies.data ? (
          <Select
            label={t('patrols.fields.body')}
            className="patrol-period__forum"
            value={filter.bodyId ?? ''}
            onChange={(e) => setFilter({ ...filter, bodyId: e.target.value })}
            emptyOption={t('patrols.period.allBodies')}
            options={bodies.data.items.map((b) => ({ value: b.id, label: b.name }))}
          />
        ) : null}
        <Button variant="ghost" onClick={() => setFilter({})} disabled={!filter.from && !filter.to && !filter.bodyId} className="patrol-period__reset">
          {t('patrols.period.reset')}
        </Button>
      </form>
      <StatisticsCard statistics={statistics} forBody={Boolean(filter.bodyId)} />
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
            empty={t(filter.bodyId ? 'patrols.noPatrolsForBody' : 'patrols.noPatrols')}
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

import type { PublicCell, PublicStatistics } from '#contracts/statistics';
import { format, hrefIn, type Language } from '../shell/i18n';
import { Link } from '../shell/router';
import { LoadedView } from '../shell/ui';
import { useJson } from '../shell/use-json';
import { statistikMessages } from './messages';

type Messages = (typeof statistikMessages)['id'];

/** A count as published: the number, or a dash with its reason for screen readers and on hover. */
function Count({ cell, t, minimum }: { cell: PublicCell; t: Messages; minimum: number }) {
  if (cell.suppressed || cell.count === null) {
    const why = format(t.suppressed, { minimum });
    return (
      <span title={why}>
        <span aria-hidden="true">—</span>
        <span class="visually-hidden">{why}</span>
      </span>
    );
  }
  return <>{cell.count.toLocaleString('id-ID')}</>;
}

/** A table of categories with a bar beside each shown count (the bar is decoration; the number is the data). */
function CountTable({ title, rows, t, minimum }: { title: string; rows: { code: string; label: string; count: number | null; suppressed: boolean }[]; t: Messages; minimum: number }) {
  const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
  return (
    <section class="stat-section">
      <table class="stat-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col" class="stat-number">
              {t.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                {r.label}
                <span class="stat-bar" aria-hidden="true" style={{ width: `${Math.round(((r.count ?? 0) / max) * 100)}%` }} />
              </th>
              <td class="stat-number">
                <Count cell={r} t={t} minimum={minimum} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** /statistik: aggregate figures only, and the k-anonymous open-data CSV. */
export function StatistikPage({ language, year }: { language: Language; year: number | null }) {
  const t = statistikMessages[language];
  const params = new URLSearchParams({ lang: language });
  if (year !== null) params.set('year', String(year));
  const loaded = useJson<PublicStatistics>(`/api/public/statistics?${params.toString()}`);
  return (
    <LoadedView loaded={loaded} language={language}>
      {(s) => {
        const minimum = s.minimumCell;
        const totals: [string, PublicCell][] = [
          [t.cases, s.totals.cases],
          [t.victims, s.totals.victims],
          [t.suspects, s.totals.suspects],
          [t.interceptionsOfficialPort, s.totals.interceptionsOfficialPort],
          [t.interceptionsUnofficialLanding, s.totals.interceptionsUnofficialLanding],
          [t.deportees, s.totals.deportees],
        ];
        return (
          <>
            <p>{t.intro}</p>
            <p class="muted">
              {format(t.rules, { minimum, step: s.roundingStep })}{' '}
              {s.updatedAt ? format(t.updated, { date: new Date(s.updatedAt).toLocaleDateString(language === 'en' ? 'en-GB' : language === 'ms' ? 'ms-MY' : 'id-ID', { dateStyle: 'long' }) }) : ''}
            </p>
            <nav aria-label={t.periodLabel} class="stat-years">
              <Link href={hrefIn('/statistik', language)} aria-current={year === null ? 'page' : undefined}>
                {t.allYears}
              </Link>
              {s.years.map((y) => (
                <Link key={y} href={hrefIn('/statistik', language, { year: String(y) })} aria-current={year === y ? 'page' : undefined}>
                  {y}
                </Link>
              ))}
            </nav>
            <h2>
              {t.totalsTitle} · {year ?? t.allYears}
            </h2>
            <dl class="stat-totals">
              {totals.map(([label, cell]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>
                    <Count cell={cell} t={t} minimum={minimum} />
                  </dd>
                </div>
              ))}
            </dl>
            {year === null && (
              <section class="stat-section">
                <table class="stat-table">
                  <caption>{t.byYearTitle}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.year}</th>
                      <th scope="col" class="stat-number">
                        {t.cases}
                      </th>
                      <th scope="col" class="stat-number">
                        {t.victims}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.byYear.map((r) => (
                      <tr key={r.year}>
                        <th scope="row">{r.year}</th>
                        <td class="stat-number">
                          <Count cell={r.cases} t={t} minimum={minimum} />
                        </td>
                        <td class="stat-number">
                          <Count cell={r.victims} t={t} minimum={minimum} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            <CountTable title={t.bySexTitle} rows={s.victimsBySex.filter((r) => r.count !== 0)} t={t} minimum={minimum} />
            <CountTable title={t.byAgeTitle} rows={s.victimsByAgeBand} t={t} minimum={minimum} />
            <CountTable title={t.byExploitationTitle} rows={s.casesByExploitationType.filter((r) => r.count !== 0)} t={t} minimum={minimum} />
            <CountTable title={t.byKabupatenTitle} rows={s.casesByKabupaten} t={t} minimum={minimum} />
            <h2>{t.openDataTitle}</h2>
            <p>{format(t.openDataText, { k: s.openDataK, step: s.roundingStep })}</p>
            <p>
              <a class="button button-secondary" href="/api/public/statistics/open-data.csv" download>
                {t.download}
              </a>
            </p>
            <p class="muted">{t.source}</p>
          </>
        );
      }}
    </LoadedView>
  );
}

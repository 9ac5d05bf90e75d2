import { permissionsOf, widestScope, type Role } from '#contracts/access';
import type { Locale, TimeZone } from '#contracts/common';
import { reportMonths, type DashboardReport, type DashboardReportRequest } from '#contracts/dashboards';
import { systemContext, type Actor, type RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { notFound } from '../../platform/http/app-error';
import type { JobDefinition } from '../../platform/jobs/queue';
import { recordAudit } from '../audit';
import { findUserById } from '../auth';
import { actorOf } from '../cases';
import { dashboard } from './dashboards.service';
import { reportPdf, reportXlsx } from './report.files';
import { reportModel } from './report.model';
import * as repo from './report.repository';

/** The queue of report jobs. */
export const reportQueue = 'dashboards-report';

/** What a queued report carries: ids only (pg-boss keeps job data after the job ran). */
export interface ReportJob {
  reportId: string;
  requestId: string;
}

function present(row: repo.ReportSummaryRow): DashboardReport {
  return {
    id: row.id,
    kind: row.kind as DashboardReport['kind'],
    period: row.period,
    from: row.fromMonth,
    to: row.toMonth,
    locale: row.locale as Locale,
    status: row.status as DashboardReport['status'],
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Queues the report of a month or a quarter in the requester's language and answers it at once
 * (`queued`); the job makes the PDF and the workbook. Without a queue (tests, CLI) it runs in process.
 */
export async function requestReport(deps: Deps, ctx: RequestContext, input: DashboardReportRequest): Promise<DashboardReport> {
  const actor = actorOf(ctx);
  const months = reportMonths(input.kind, input.period);
  const row = await repo.insertReport(deps.db, {
    requestedBy: actor.userId,
    kind: input.kind,
    period: input.period,
    fromMonth: months.from,
    toMonth: months.to,
    locale: actor.locale,
    status: 'queued',
    createdAt: ctx.now,
  });
  const job: ReportJob = { reportId: row.id, requestId: ctx.requestId };
  if (deps.jobs) await deps.jobs.send(reportQueue, job);
  else setImmediate(() => void runReportJob(deps, job).catch((err: unknown) => deps.logger.error({ err, reportId: row.id }, 'report job failed')));
  return present(row);
}

export async function listReports(deps: Deps, ctx: RequestContext): Promise<{ items: DashboardReport[] }> {
  return { items: (await repo.listReports(deps.db, actorOf(ctx).userId)).map(present) };
}

/** A finished report's file, for the user who asked for it only. */
export async function reportFile(deps: Deps, ctx: RequestContext, id: string, format: 'pdf' | 'xlsx'): Promise<{ fileName: string; content: Buffer }> {
  const found = await repo.reportFile(deps.db, id, actorOf(ctx).userId, format);
  if (!found?.file) throw notFound('No such report');
  return { fileName: `benteng-laporan-${found.row.period}-${found.row.locale}.${format}`, content: found.file };
}

/** The requester as the job acts for them, with their roles as they are when it runs. */
async function requester(deps: Deps, userId: string): Promise<{ actor: Actor; timeZone: TimeZone }> {
  const user = await findUserById(deps.db, userId);
  const roles = user && !user.disabledAt ? (user.roles as Role[]) : [];
  const actor: Actor = {
    userId,
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    agencyId: user?.agencyId ?? '',
    roles,
    permissions: permissionsOf(roles),
    scope: widestScope(roles),
    locale: (user?.locale ?? 'id') as Locale,
    sessionIdHash: '',
  };
  return { actor, timeZone: (user?.timeZone ?? 'Asia/Jakarta') as TimeZone };
}

/**
 * Makes a queued report: the dashboard of its months as the requester may see it now (an account
 * disabled meanwhile sees nothing and the report fails), then the PDF and the workbook.
 */
export async function runReportJob(deps: Deps, job: ReportJob): Promise<void> {
  const row = await repo.findReport(deps.db, job.reportId);
  if (!row || row.status !== 'queued') return;
  await repo.updateReport(deps.db, row.id, { status: 'running' });
  try {
    const { actor, timeZone } = await requester(deps, row.requestedBy);
    const now = deps.clock.now();
    const figures = await dashboard(deps, { requestId: job.requestId, actor, now }, { from: row.fromMonth, to: row.toMonth });
    const model = await reportModel(deps.db, figures, {
      kind: row.kind as DashboardReport['kind'],
      locale: row.locale as Locale,
      timeZone,
      requester: actor.displayName,
      generatedAt: now,
    });
    const [pdf, xlsx] = [await reportPdf(model, now), await reportXlsx(model, now)];
    await repo.updateReport(deps.db, row.id, { status: 'done', pdf, xlsx, finishedAt: deps.clock.now() });
  } catch (err) {
    deps.logger.error({ err, reportId: row.id }, 'report failed');
    await repo.updateReport(deps.db, row.id, { status: 'failed', error: err instanceof Error ? err.message.slice(0, 500) : 'failed', finishedAt: deps.clock.now() });
  }
}

/**
 * Retention of generated reports: a report (its PDF and workbook, the figures of a period as the
 * requester could see them) is deleted `dashboards.reportsRetentionDays` after it was asked for;
 * the requester asks again for a newer copy. One `dashboards.report.purge` audit entry per report.
 */
export async function purgeReports(deps: Deps, now: Date): Promise<number> {
  const ctx = systemContext(now, 'dashboards-reports-purge');
  const days = deps.config.dashboards.reportsRetentionDays;
  let count = 0;
  for (const report of await repo.reportsCreatedBefore(deps.db, new Date(now.getTime() - days * 86_400_000))) {
    await deps.db.transaction(async (tx) => {
      if (!(await repo.deleteReport(tx, report.id))) return; // deleted meanwhile
      const { id, ...kept } = present(report);
      await recordAudit(tx, ctx, { action: 'dashboards.report.purge', objectType: 'dashboard_report', objectId: id, details: { ...kept, requestedBy: report.requestedBy, retentionDays: days } });
      count++;
    });
  }
  return count;
}

export function reportJobs(deps: Deps): JobDefinition[] {
  return [
    { name: reportQueue, run: (data) => runReportJob(deps, data as ReportJob) },
    { name: 'dashboards-reports-purge', schedule: '47 3 * * *', run: async () => void (await purgeReports(deps, deps.clock.now())) },
  ];
}

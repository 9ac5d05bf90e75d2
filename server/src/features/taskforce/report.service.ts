import { closedActionItemStatuses, type ActionItem, type Meeting } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { recordAuditAlone } from '../audit';
import { actorOf } from '../cases';
import { dashboard } from '../dashboards';
import { reportIndicators, type ReportIndicator } from './report-labels';
import { writeReportPdf } from './report-pdf';
import { writeReportXlsx } from './report-xlsx';
import { openMeeting } from './taskforce.access';
import * as repo from './taskforce.repository';
import { loadMeeting } from './taskforce.service';

/** Everything the forum report prints, in both languages' layouts. */
export interface ForumReport {
  meeting: Meeting;
  previous: { title: string; startsAt: string } | null;
  /** Whole months the indicators count, inclusive. */
  period: { from: string; to: string };
  indicators: { key: ReportIndicator; count: number | null }[];
  followUp: { decided: number; open: number; overdue: number; done: number };
  /** The items this meeting followed up (carried over) and those it decided. */
  actionItems: ActionItem[];
  generatedAt: Date;
}

const monthOf = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
const monthsBefore = (month: string, n: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

/**
 * Assembles the report of a meeting: the dashboards' indicators for the whole months since the
 * body's previous meeting (the quarter up to this one when there is none), counted over what the
 * author may see, and the follow-up of the body's action items.
 */
export async function assembleForumReport(deps: Deps, ctx: RequestContext, meetingId: string): Promise<ForumReport> {
  const row = await openMeeting(deps.db, actorOf(ctx), meetingId);
  const meeting = await loadMeeting(deps.db, row, ctx.now);
  const earlier = (await repo.listMeetings(deps.db, [row.bodyId])).map((r) => r.meeting).filter((m) => m.startsAt < row.startsAt);
  const previous = earlier.at(-1) ?? null;
  const to = monthOf(row.startsAt);
  const from = previous ? monthOf(previous.startsAt) : monthsBefore(to, 2);
  // Straight from the registry: a report must count records up to the meeting, not the last rebuild.
  const figures = await dashboard(deps, ctx, { from, to }, { source: 'raw' });
  const bodyItems = await repo.trackedItems(deps.db, { bodyIds: [row.bodyId], decidedBefore: new Date(row.startsAt.getTime() + 1) });
  const since = previous?.startsAt ?? new Date(0);
  const followed = [...meeting.carriedOver, ...meeting.actionItems];
  return {
    meeting,
    previous: previous && { title: previous.title, startsAt: previous.startsAt.toISOString() },
    period: { from, to },
    indicators: reportIndicators.map((key) => ({ key, count: figures.kpis[key].count })),
    followUp: {
      decided: meeting.actionItems.length,
      open: followed.filter((i) => !closedActionItemStatuses.includes(i.status)).length,
      overdue: followed.filter((i) => i.isOverdue).length,
      done: bodyItems.filter((i) => i.status === 'done' && i.closedAt !== null && i.closedAt >= since).length,
    },
    actionItems: followed,
    generatedAt: ctx.now,
  };
}

export type ReportFormat = 'pdf' | 'xlsx';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The forum report of a meeting as a bilingual PDF or an editable XLSX; each generation is audited. */
export async function forumReport(deps: Deps, ctx: RequestContext, meetingId: string, format: ReportFormat): Promise<ReportFile> {
  const report = await assembleForumReport(deps, ctx, meetingId);
  const body = format === 'pdf' ? await writeReportPdf(report) : await writeReportXlsx(report);
  await recordAuditAlone(deps.db, ctx, {
    action: 'taskforce.report.generate',
    objectType: 'taskforce_meeting',
    objectId: meetingId,
    details: { format, period: report.period, actionItems: report.actionItems.length },
  });
  return { fileName: `laporan-forum-${report.meeting.startsAt.slice(0, 10)}.${format}`, contentType: contentTypes[format], body };
}

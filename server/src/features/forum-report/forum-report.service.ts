import type { ActionItem, Meeting } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { recordAuditAlone } from '../audit';
import { dashboard } from '../dashboards';
import { patrolResults, type PatrolResults } from '../patrols';
import { reviewMeeting, type MeetingReview } from '../taskforce';
import { reportIndicators, type ReportIndicator } from './report-labels';
import { writeReportPdf } from './report-pdf';
import { writeReportXlsx } from './report-xlsx';

/** Everything the forum report prints, in both languages' layouts. */
export interface ForumReport {
  meeting: Meeting;
  previous: { title: string; startsAt: string } | null;
  /** Whole months the indicators count, inclusive. */
  period: { from: string; to: string };
  indicators: { key: ReportIndicator; count: number | null }[];
  followUp: MeetingReview['followUp'];
  /** The items this meeting followed up (carried over) and those it decided. */
  actionItems: ActionItem[];
  /** Joint patrols that started since the previous meeting (or within the indicators' period when there is none) up to this one. */
  patrols: PatrolResults & { since: Date; until: Date };
  generatedAt: Date;
}

const wibOffset = 7 * 3_600_000;
const monthOf = (instant: Date) => new Date(instant.getTime() + wibOffset).toISOString().slice(0, 7);
const monthsBefore = (month: string, n: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

/**
 * Assembles the report of a meeting from three features, none of which knows the report: the task
 * force's review of the meeting (its body's previous meeting and action items), the dashboards'
 * indicators for the whole months since that previous meeting (the quarter up to this one when
 * there is none) and the joint patrols since it, each counted over what the author may see.
 */
export async function assembleForumReport(deps: Deps, ctx: RequestContext, meetingId: string): Promise<ForumReport> {
  const review = await reviewMeeting(deps.db, ctx, meetingId);
  const { meeting, previous } = review;
  const startsAt = new Date(meeting.startsAt);
  const to = monthOf(startsAt);
  const from = previous ? monthOf(previous.startsAt) : monthsBefore(to, 2);
  // Straight from the registry: a report must count records up to the meeting, not the last rebuild.
  const figures = await dashboard(deps, ctx, { from, to }, { source: 'raw' });
  const since = previous?.startsAt ?? new Date(new Date(`${from}-01T00:00:00Z`).getTime() - wibOffset);
  const patrols = await patrolResults(deps.db, ctx, { from: since, to: startsAt, bodyId: meeting.bodyId });
  return {
    meeting,
    previous: previous && { title: previous.title, startsAt: previous.startsAt.toISOString() },
    period: { from, to },
    indicators: reportIndicators.map((key) => ({ key, count: figures.kpis[key].count })),
    followUp: review.followUp,
    actionItems: review.actionItems,
    patrols: { ...patrols, since, until: startsAt },
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
    details: { format, period: report.period, actionItems: report.actionItems.length, patrols: report.patrols.patrols.length },
  });
  return { fileName: `laporan-forum-${report.meeting.startsAt.slice(0, 10)}.${format}`, contentType: contentTypes[format], body };
}

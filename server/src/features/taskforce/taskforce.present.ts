import type { ActionItem, Decision, Meeting } from '#contracts/taskforce';
import type { Body } from '#contracts/taskforce';
import { buildAgenda, isOverdue } from './follow-up-rules';
import type * as repo from './taskforce.repository';

type Members = Awaited<ReturnType<typeof repo.membersOf>>;
type AgencyNames = Map<string, { code: string; name: string }>;

export function presentBody(body: repo.BodyRow, members: Members): Body {
  return {
    id: body.id,
    code: body.code,
    kind: body.kind as Body['kind'],
    name: body.name,
    parentId: body.parentId,
    regionCode: body.regionCode,
    members: members
      .filter((m) => m.member.bodyId === body.id)
      .map((m) => ({
        agencyId: m.member.agencyId,
        agencyCode: m.agencyCode,
        agencyName: m.agencyName,
        country: m.country,
        role: m.member.role as Body['members'][number]['role'],
        representativeName: m.member.representativeName,
        representativeTitle: m.member.representativeTitle,
      })),
  };
}

export function presentActionItem(row: repo.ActionItemRow, names: AgencyNames, now: Date): ActionItem {
  return {
    id: row.id,
    bodyId: row.bodyId,
    meetingId: row.meetingId,
    decisionId: row.decisionId,
    title: row.title,
    ownerAgencyId: row.ownerAgencyId,
    ownerAgencyName: names.get(row.ownerAgencyId)?.name ?? '',
    ownerPerson: row.ownerPerson,
    dueOn: row.dueOn,
    status: row.status,
    evidence: row.evidence,
    closedAt: row.closedAt?.toISOString() ?? null,
    caseIds: row.caseIds,
    isOverdue: isOverdue({ status: row.status, dueOn: row.dueOn }, now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDecision(row: repo.DecisionRow): Decision {
  return { id: row.id, meetingId: row.meetingId, textId: row.textId, textMs: row.textMs, textEn: row.textEn, createdAt: row.createdAt.toISOString() };
}

export function presentMeetingSummary(row: repo.MeetingRow, bodyName: string) {
  return {
    id: row.id,
    bodyId: row.bodyId,
    bodyName,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    place: row.place,
    onlineUrl: row.onlineUrl,
  };
}

export function presentMeeting(
  row: repo.MeetingRow,
  parts: { bodyName: string; decisions: repo.DecisionRow[]; actionItems: repo.ActionItemRow[]; carriedOver: repo.ActionItemRow[]; names: AgencyNames; now: Date },
): Meeting {
  const item = (r: repo.ActionItemRow) => presentActionItem(r, parts.names, parts.now);
  return {
    ...presentMeetingSummary(row, parts.bodyName),
    participants: row.participants,
    topics: row.topics,
    agenda: buildAgenda(row.topics, parts.carriedOver),
    minutes: row.minutes,
    decisions: parts.decisions.map(presentDecision),
    actionItems: parts.actionItems.map(item),
    carriedOver: parts.carriedOver.map(item),
    version: row.version,
  };
}

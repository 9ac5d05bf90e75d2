import type { ActionItem } from '#contracts/taskforce';
import { agendaLine } from '../taskforce';
import { TwoColumnPdf, type Run } from './pdf-layout';
import { formatDay, formatMonth, formatWib, patrolFigures, reportLabels as L } from './report-labels';
import type { ForumReport } from './forum-report.service';

const heading = (text: string): Run[] => [{ text, bold: true, size: 11 }];

function periodText(report: ForumReport, lang: 'id' | 'ms'): Run[] {
  const { from, to } = report.period;
  const months = from === to ? formatMonth(from, lang) : `${formatMonth(from, lang)} – ${formatMonth(to, lang)}`;
  const previous = report.previous ? formatWib(report.previous.startsAt, lang) : null;
  return [{ text: `${L[lang].period}:`, bold: true }, { text: months }, { text: L[lang].periodNote(previous), muted: true }];
}

function itemLine(item: ActionItem, lang: 'id' | 'ms'): Run[] {
  const l = L[lang];
  return [
    { text: `${l.owner}: ${item.ownerAgencyName} (${item.ownerPerson})` },
    { text: `${l.due}: ${formatDay(item.dueOn, lang)}` },
    { text: `Status: ${l.status[item.status]}${item.isOverdue ? ` — ${l.overdue}` : ''}`, bold: item.isOverdue },
  ];
}

function patrolSection(pdf: TwoColumnPdf, report: ForumReport): void {
  const { since, until, totals, patrols } = report.patrols;
  const both = (line: (lang: 'id' | 'ms') => Run[], gapAfter?: number) => pdf.row(line('id'), line('ms'), gapAfter);
  both((lang) => heading(L[lang].patrols), 2);
  both((lang) => [{ text: L[lang].patrolsWindow(formatWib(since, lang), formatWib(until, lang), report.previous !== null), muted: true }], 4);
  if (patrols.length === 0) {
    both((lang) => [{ text: L[lang].noPatrols }]);
    return;
  }
  both((lang) => [{ text: L[lang].patrolCount(totals.patrols, totals.reported), bold: true }], 1);
  for (const key of patrolFigures) both((lang) => [{ text: `${L[lang].patrolFigure[key]}: ${totals[key]}` }], 1);
  both((lang) => [{ text: L[lang].patrolsScope, muted: true, size: 7.5 }], 6);
  patrols.forEach((patrol, i) => {
    pdf.full([{ text: `${i + 1}. ${patrol.title}`, bold: true }], 1);
    pdf.full([{ text: [patrol.kabkota.join(', '), patrol.agencies.join(', ')].filter(Boolean).join(' — '), muted: true }], 1);
    both((lang) => [
      { text: `${L[lang].patrolKind[patrol.kind]}: ${formatWib(patrol.startsAt, lang)}` },
      patrol.reported
        ? { text: patrolFigures.map((key) => `${L[lang].patrolFigure[key]}: ${patrol[key]}`).join(' · ') }
        : { text: L[lang].notReported, muted: true },
    ], 8);
  });
}

/**
 * The forum report as a PDF: Bahasa Indonesia on the left, Bahasa Malaysia on the right, line for
 * line; what was typed in one language only (titles, names, action items) runs across both.
 */
export async function writeReportPdf(report: ForumReport): Promise<Buffer> {
  const m = report.meeting;
  const pdf = await TwoColumnPdf.create(`${L.id.title}: ${m.title}`, (p) => {
    p.row([{ text: L.id.language, bold: true, muted: true, size: 8 }], [{ text: L.ms.language, bold: true, muted: true, size: 8 }], 2);
    p.rule(4);
  });
  pdf.row([{ text: L.id.title, bold: true, size: 16 }], [{ text: L.ms.title, bold: true, size: 16 }], 2);
  pdf.full([{ text: m.bodyName, bold: true, size: 11 }, { text: m.title, size: 11 }], 4);
  pdf.row(
    [{ text: `${L.id.meeting}: ${formatWib(m.startsAt, 'id')}` }, { text: `${L.id.place}: ${m.place ?? L.id.online}` }],
    [{ text: `${L.ms.meeting}: ${formatWib(m.startsAt, 'ms')}` }, { text: `${L.ms.place}: ${m.place ?? L.ms.online}` }],
  );
  if (m.participants.length > 0) {
    pdf.row(heading(L.id.participants), heading(L.ms.participants), 2);
    pdf.full([{ text: m.participants.map((p) => [p.name, p.title].filter(Boolean).join(', ')).join('; ') }]);
  }
  pdf.rule();

  pdf.row(heading(L.id.indicators), heading(L.ms.indicators), 2);
  pdf.row(periodText(report, 'id'), periodText(report, 'ms'), 4);
  for (const { key, count } of report.indicators) {
    const value = count === null ? '—' : String(count);
    pdf.row([{ text: `${L.id.indicator[key]}: ${value}` }], [{ text: `${L.ms.indicator[key]}: ${value}` }], 1);
  }
  pdf.row([{ text: L.id.indicatorsSource, muted: true, size: 7.5 }], [{ text: L.ms.indicatorsSource, muted: true, size: 7.5 }]);
  pdf.rule();

  patrolSection(pdf, report);
  pdf.rule();

  pdf.row(heading('Agenda'), heading('Agenda'), 2);
  pdf.row(
    m.agenda.map((a, i) => ({ text: `${i + 1}. ${agendaLine(a, 'id')}` })),
    m.agenda.map((a, i) => ({ text: `${i + 1}. ${agendaLine(a, 'ms')}` })),
  );
  pdf.rule();

  if (m.decisions.length > 0) {
    pdf.row(heading(L.id.decisions), heading(L.ms.decisions), 2);
    m.decisions.forEach((d, i) => pdf.row([{ text: `${i + 1}. ${d.textId}` }], [{ text: `${i + 1}. ${d.textMs}` }], 6));
    pdf.rule();
  }

  pdf.row(heading(L.id.actionItems), heading(L.ms.actionItems), 2);
  pdf.row([{ text: L.id.followUpCounts(report.followUp), muted: true }], [{ text: L.ms.followUpCounts(report.followUp), muted: true }], 6);
  if (report.actionItems.length === 0) pdf.row([{ text: L.id.noActionItems }], [{ text: L.ms.noActionItems }]);
  report.actionItems.forEach((item, i) => {
    pdf.full([{ text: `${i + 1}. ${item.title}`, bold: true }], 1);
    pdf.row(itemLine(item, 'id'), itemLine(item, 'ms'), item.evidence ? 1 : 8);
    if (item.evidence) pdf.row([{ text: `${L.id.evidence}: ${item.evidence}`, muted: true }], [{ text: `${L.ms.evidence}: ${item.evidence}`, muted: true }], 8);
  });

  return pdf.save((page, of) => [
    `${L.id.page(page, of)}\n${L.id.generated} ${formatWib(report.generatedAt, 'id')}`,
    `${L.ms.page(page, of)}\n${L.ms.generated} ${formatWib(report.generatedAt, 'ms')}`,
  ]);
}

import ExcelJS from 'exceljs';
import { agendaLine } from '../taskforce';
import { formatMonth, formatWib, patrolFigures, reportLabels as L } from './report-labels';
import type { ForumReport } from './forum-report.service';

/** The forum report as a workbook the secretariat edits before circulating it (both languages as columns). */
export async function writeReportXlsx(report: ForumReport): Promise<Buffer> {
  const m = report.meeting;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Benteng';
  workbook.created = report.generatedAt;

  const summary = workbook.addWorksheet('Ringkasan');
  summary.columns = [
    { header: L.id.language, key: 'id', width: 48 },
    { header: L.ms.language, key: 'ms', width: 48 },
    { header: 'Nilai / Nilai', key: 'value', width: 14 },
  ];
  const period = `${formatMonth(report.period.from, 'id')} – ${formatMonth(report.period.to, 'id')}`;
  summary.addRows([
    { id: L.id.title, ms: L.ms.title, value: '' },
    { id: m.bodyName, ms: m.bodyName, value: '' },
    { id: m.title, ms: m.title, value: '' },
    { id: `${L.id.meeting}: ${formatWib(m.startsAt, 'id')}`, ms: `${L.ms.meeting}: ${formatWib(m.startsAt, 'ms')}`, value: '' },
    { id: `${L.id.period}: ${period}`, ms: `${L.ms.period}: ${period}`, value: '' },
    ...report.indicators.map(({ key, count }) => ({ id: L.id.indicator[key], ms: L.ms.indicator[key], value: count ?? '—' })),
    { id: L.id.patrolCount(report.patrols.totals.patrols, report.patrols.totals.reported), ms: L.ms.patrolCount(report.patrols.totals.patrols, report.patrols.totals.reported), value: report.patrols.totals.patrols },
    ...patrolFigures.map((key) => ({ id: L.id.patrolFigure[key], ms: L.ms.patrolFigure[key], value: report.patrols.totals[key] })),
    { id: L.id.followUpCounts(report.followUp), ms: L.ms.followUpCounts(report.followUp), value: '' },
    ...m.agenda.map((a, i) => ({ id: `${i + 1}. ${agendaLine(a, 'id')}`, ms: `${i + 1}. ${agendaLine(a, 'ms')}`, value: '' })),
  ]);
  summary.getRow(1).font = { bold: true };

  const decisions = workbook.addWorksheet('Keputusan');
  decisions.columns = [
    { header: 'No', key: 'n', width: 5 },
    { header: L.id.language, key: 'id', width: 60 },
    { header: L.ms.language, key: 'ms', width: 60 },
    { header: 'English', key: 'en', width: 60 },
  ];
  decisions.addRows(m.decisions.map((d, i) => ({ n: i + 1, id: d.textId, ms: d.textMs, en: d.textEn })));
  decisions.getRow(1).font = { bold: true };

  const items = workbook.addWorksheet('Tindak lanjut');
  items.columns = [
    { header: 'No', key: 'n', width: 5 },
    { header: `${L.id.followUp} / ${L.ms.followUp}`, key: 'title', width: 50 },
    { header: `${L.id.owner} / ${L.ms.owner}`, key: 'owner', width: 40 },
    { header: `${L.id.due} / ${L.ms.due}`, key: 'due', width: 14 },
    { header: `Status (${L.id.language})`, key: 'statusId', width: 16 },
    { header: `Status (${L.ms.language})`, key: 'statusMs', width: 16 },
    { header: `${L.id.overdue} / ${L.ms.overdue}`, key: 'overdue', width: 12 },
    { header: `${L.id.evidence} / ${L.ms.evidence}`, key: 'evidence', width: 50 },
  ];
  items.addRows(
    report.actionItems.map((item, i) => ({
      n: i + 1,
      title: item.title,
      owner: `${item.ownerAgencyName} (${item.ownerPerson})`,
      due: item.dueOn,
      statusId: L.id.status[item.status],
      statusMs: L.ms.status[item.status],
      overdue: item.isOverdue ? 'X' : '',
      evidence: item.evidence,
    })),
  );
  items.getRow(1).font = { bold: true };

  const patrols = workbook.addWorksheet('Patroli');
  const wib = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  patrols.columns = [
    { header: 'No', key: 'n', width: 5 },
    { header: `${L.id.patrolKind.patrol} / ${L.ms.patrolKind.patrol}`, key: 'kind', width: 18 },
    { header: 'Judul / Tajuk', key: 'title', width: 40 },
    { header: 'Mulai / Mula (WIB)', key: 'starts', width: 18 },
    { header: 'Selesai / Tamat (WIB)', key: 'ends', width: 18 },
    { header: 'Kab/kota', key: 'area', width: 24 },
    { header: 'Instansi / Agensi', key: 'agencies', width: 40 },
    ...patrolFigures.map((key) => ({ header: `${L.id.patrolFigure[key]} / ${L.ms.patrolFigure[key]}`, key, width: 16 })),
  ];
  const { totals } = report.patrols;
  patrols.addRows([
    ...report.patrols.patrols.map((p, i) => ({
      n: i + 1,
      kind: `${L.id.patrolKind[p.kind]} / ${L.ms.patrolKind[p.kind]}`,
      title: p.title,
      starts: wib(p.startsAt),
      ends: wib(p.endsAt),
      area: p.kabkota.join(', '),
      agencies: p.agencies.join(', '),
      ...Object.fromEntries(patrolFigures.map((key) => [key, p[key] ?? `${L.id.notReported} / ${L.ms.notReported}`])),
    })),
    { n: '', kind: `${L.id.total} / ${L.ms.total}`, title: L.id.patrolCount(totals.patrols, totals.reported), ...Object.fromEntries(patrolFigures.map((key) => [key, totals[key]])) },
  ]);
  patrols.getRow(1).font = { bold: true };
  patrols.lastRow!.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

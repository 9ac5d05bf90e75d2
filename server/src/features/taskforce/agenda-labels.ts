import type { AgendaItem, AgendaItemKind } from '#contracts/taskforce';

/** The two languages of the forum's own documents (calendar entries, the forum report). */
export type ForumLanguage = 'id' | 'ms';

const kindLabels: Record<ForumLanguage, Record<AgendaItemKind, string>> = {
  id: {
    opening: 'Pembukaan',
    standing_tppo: 'Agenda tetap: pencegahan dan penanganan TPPO',
    carried_over: 'Tindak lanjut',
    topic: 'Topik',
    other_business: 'Lain-lain',
  },
  ms: {
    opening: 'Pembukaan',
    standing_tppo: 'Agenda tetap: pencegahan dan pengendalian pemerdagangan orang (TPPO)',
    carried_over: 'Tindakan susulan',
    topic: 'Topik',
    other_business: 'Hal-hal lain',
  },
};

/** An agenda entry as a line: the template's name for it, then the topic or item title. */
export function agendaLine(item: AgendaItem, language: ForumLanguage): string {
  const label = kindLabels[language][item.kind];
  return item.title ? `${label}: ${item.title}` : label;
}

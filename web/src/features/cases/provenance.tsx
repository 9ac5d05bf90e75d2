import { useTranslation } from 'react-i18next';
import type { ImportProvenance } from '#contracts/cases';
import { useFormat } from '../../lib/format-context';

/** "Imported from <file>, row N, by <agency> on <date>" for a record an agency import wrote. */
export function useProvenanceText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (provenance: ImportProvenance) =>
    t('cases.provenance.imported', {
      file: provenance.fileName,
      row: provenance.row,
      agency: provenance.agency.name,
      date: format.date(provenance.importedAt),
    });
}

/** The provenance line under a person of the case (nothing for people entered by hand). */
export function ProvenanceNote({ provenance }: { provenance: ImportProvenance | null }) {
  const text = useProvenanceText();
  if (!provenance) return null;
  return (
    <p className="muted provenance-note" data-testid="provenance">
      {text(provenance)}
    </p>
  );
}

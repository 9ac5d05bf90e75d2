import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { PersonIdentity } from '#contracts/cases';
import { gender, personRole } from '#contracts/codes/cases';
import type { ReviewRecord } from '#contracts/linkage-review';
import { linkageEvidenceFields, type LinkageEvidence, type LinkageEvidenceField } from '#contracts/person-links';
import { currentLocale, isLocale } from '../../lib/i18n';
import { useFormat } from '../../lib/format-context';
import { levelText, signedWeight } from './person-suggestions';

/** `victim-2-7F3A` → "Korban 2 · 7F3A" in the interface language. */
export function usePseudonym() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : currentLocale();
  return (pseudonym: string) => {
    const match = /^([a-z]+)-(\d+)-([0-9A-F]+)$/.exec(pseudonym);
    const role = personRole.codes.find((c) => c === match?.[1]);
    if (!match || !role) return pseudonym;
    return t('linkage.review.pseudonym', { role: personRole.label(role, locale), n: match[2], code: match[3] });
  };
}

export function useGenderLabel() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : currentLocale();
  return (code: ReviewRecord['sex']) => gender.label(code, locale);
}

/** A field's value as shown; `code` is the code behind a name (a region), shown as secondary text. */
export interface FieldValue {
  text: string;
  masked: boolean;
  code?: string;
}

/** The value and, beside a region's name, its code in smaller type. */
export function FieldText({ value }: { value: FieldValue }) {
  const { t } = useTranslation();
  return (
    <>
      {value.text}
      {value.code ? <span className="linkage-code">{t('linkage.review.regionCode', { code: value.code })}</span> : null}
    </>
  );
}

/** The value of a field as the reader may see it: the identity (revealed or not protected), else masked. */
export function fieldValue(
  t: TFunction,
  record: ReviewRecord,
  revealed: PersonIdentity | undefined,
  field: LinkageEvidenceField,
  sexLabel: (code: ReviewRecord['sex']) => string,
): FieldValue {
  const identity = revealed ?? record.identity;
  const none = { text: '—', masked: false };
  switch (field) {
    case 'sex':
      return { text: sexLabel(record.sex), masked: false };
    case 'originRegionCode':
      if (!record.originRegionCode) return none;
      // The name (with the units above it) reads better than a Kemendagri code; the code stays beside it.
      return record.originRegionName
        ? { text: record.originRegionName, masked: false, code: record.originRegionCode }
        : { text: record.originRegionCode, masked: false };
    case 'address':
      if (identity) return identity.address ? { text: identity.address, masked: false } : none;
      return { text: t('linkage.review.hidden'), masked: true };
    case 'fullName': {
      if (identity) {
        const names = [identity.fullName, ...identity.aliases].filter(Boolean);
        return names.length ? { text: names.join(' / '), masked: false } : none;
      }
      return record.masked.fullName ? { text: record.masked.fullName, masked: true } : none;
    }
    case 'birthDate':
    case 'nik':
    case 'passportNumber':
    case 'phone': {
      const value = identity ? identity[field] : record.masked[field];
      return value ? { text: value, masked: !identity } : none;
    }
  }
}

/** Where a record came from and the cases it appears in. */
export function RecordSource({ record, isRevealed = false }: { record: ReviewRecord; isRevealed?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pseudonym = usePseudonym();
  const { provenance } = record;
  return (
    <div className="linkage-source">
      <p>
        {t('linkage.review.recordedBy', { agency: record.agencyName, date: format.date(record.recordedAt) })}
        {' · '}
        {provenance.source === 'import'
          ? t('linkage.review.fromImport', { file: provenance.fileName ?? '?', row: provenance.row ?? '?' })
          : t('linkage.review.enteredByHand')}
      </p>
      <ul className="linkage-source__cases">
        {record.appearances.map((a) => (
          <li key={a.casePersonId}>
            <Link to={`/cases/${a.caseId}`}>{t('linkage.review.inCase', { number: a.caseNumber })}</Link>
            {' — '}
            {pseudonym(a.pseudonym)}
          </li>
        ))}
      </ul>
      {record.identityProtected && !isRevealed ? <p className="linkage-note">{t('linkage.review.protected')}</p> : null}
    </div>
  );
}

/**
 * Two records side by side, one row per compared field, with the engine's evidence for that
 * field beside the values: the level it reached and its weight for or against a match.
 */
export function PairComparison({
  left,
  right,
  evidence,
  revealed,
}: {
  left: ReviewRecord;
  right: ReviewRecord;
  evidence: readonly LinkageEvidence[];
  revealed: Record<string, PersonIdentity>;
}) {
  const { t } = useTranslation();
  const sexLabel = useGenderLabel();
  const byField = new Map(evidence.map((e) => [e.field, e]));
  const cell = (record: ReviewRecord, field: LinkageEvidenceField, label: string) => {
    const value = fieldValue(t, record, revealed[record.personId], field, sexLabel);
    return (
      <td data-label={label} className={value.masked ? 'linkage-masked' : undefined}>
        <FieldText value={value} />
      </td>
    );
  };
  return (
    <table className="linkage-compare">
      <caption className="visually-hidden">{t('linkage.review.compareCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('linkage.review.field')}</th>
          <th scope="col">{t('linkage.review.recordA')}</th>
          <th scope="col">{t('linkage.review.recordB')}</th>
          <th scope="col">{t('linkage.review.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {linkageEvidenceFields.map((field) => {
          const e = byField.get(field);
          const tone = !e || e.weight === 0 ? 'none' : e.weight > 0 ? 'for' : 'against';
          return (
            <tr key={field}>
              <th scope="row">{t(`linkage.fields.${field}`)}</th>
              {cell(left, field, t('linkage.review.recordA'))}
              {cell(right, field, t('linkage.review.recordB'))}
              <td data-label={t('linkage.review.evidence')} className={`linkage-weight linkage-weight--${tone}`}>
                {e ? levelText(t, e.level) : '—'}
                {e && e.weight !== 0 ? ` (${signedWeight(e.weight)})` : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

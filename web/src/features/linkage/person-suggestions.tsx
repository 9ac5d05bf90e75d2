import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { personDraftSchema, type LinkageEvidence, type PersonDraft, type PersonSuggestion } from '#contracts/person-links';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Alert, Button } from '../../ui';
import { usePersonSuggestions } from './suggestions-api';
import './linkage.css';

/** What the person form holds, as typed. */
export interface DraftValues {
  fullName: string;
  aliases: string;
  sex: string;
  birthDate: string;
  nik: string;
  passportNumber: string;
}

const filled = (value: string) => (value.trim() === '' ? null : value.trim());

/** The draft as the contract takes it; fields not yet complete (half a NIK) are left out, not refused. */
export function draftOf(values: DraftValues): PersonDraft | null {
  const nik = values.nik.replace(/\s/g, '');
  const passport = values.passportNumber.trim();
  const parsed = personDraftSchema.safeParse({
    fullName: filled(values.fullName),
    aliases: values.aliases.split('\n').map((a) => a.trim()).filter(Boolean),
    sex: values.sex,
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(values.birthDate) ? values.birthDate : null,
    nik: /^\d{16}$/.test(nik) ? nik : null,
    passportNumber: passport.length >= 5 && passport.length <= 20 ? passport : null,
  });
  return parsed.success ? parsed.data : null;
}

/** Engine level names → message keys (unknown levels are shown as the engine names them). */
const levelKeys: Record<string, keyof ReturnType<typeof levelMessages>> = {
  missing: 'missing',
  different: 'different',
  exact: 'exact',
  same: 'exact',
  'day and month swapped': 'swapped',
  'one digit apart': 'oneApart',
  'one digit apart in the year or month': 'oneApart',
  'one digit apart in the day': 'oneApart',
  'one character apart': 'oneApart',
  'two digits apart': 'twoApart',
  'two characters apart': 'twoApart',
  'word similarity ≥ 0.92': 'veryClose',
  'word similarity ≥ 0.80': 'close',
  'one word in common with a single name': 'oneWord', // runs scored before the level allowed a misspelled word
  'a single name matches one word': 'oneWord',
  'all words of the shorter name in the longer': 'contained',
  'same words in another order': 'reordered',
  'jaro-winkler ≥ 0.92': 'veryClose',
  'jaro-winkler ≥ 0.80': 'close',
  'jaro-winkler ≥ 0.94 or given/family swapped': 'veryClose',
  'sounds alike or jaro-winkler ≥ 0.88': 'close',
};
const levelMessages = (t: TFunction) => ({
  missing: t('linkage.levels.missing'),
  different: t('linkage.levels.different'),
  exact: t('linkage.levels.exact'),
  swapped: t('linkage.levels.swapped'),
  oneApart: t('linkage.levels.oneApart'),
  twoApart: t('linkage.levels.twoApart'),
  veryClose: t('linkage.levels.veryClose'),
  close: t('linkage.levels.close'),
  oneWord: t('linkage.levels.oneWord'),
  contained: t('linkage.levels.contained'),
  reordered: t('linkage.levels.reordered'),
});

/** The engine's level name in the interface language (shown as the engine names it when unknown). */
export function levelText(t: TFunction, level: string): string {
  const key = levelKeys[level];
  return key ? levelMessages(t)[key] : level;
}

/** A weight in bits with its sign: "+9.5", "-3.2". */
export const signedWeight = (w: number) => (w > 0 ? `+${w.toFixed(1)}` : w.toFixed(1));

/** One field's evidence: "Birth date: day and month swapped (weight +9.5)". */
export function EvidenceList({ evidence }: { evidence: readonly LinkageEvidence[] }) {
  const { t } = useTranslation();
  const signed = signedWeight;
  return (
    <dl className="linkage-evidence" aria-label={t('linkage.suggestions.evidenceCaption')}>
      {evidence.map((e) => (
        <div key={e.field} className={`linkage-evidence__row linkage-evidence__row--${e.weight > 0 ? 'for' : e.weight < 0 ? 'against' : 'none'}`}>
          <dt>{t(`linkage.fields.${e.field}`)}</dt>
          <dd>
            {levelText(t, e.level)}
            {e.weight !== 0 ? ` (${t('linkage.suggestions.weight', { weight: signed(e.weight) })})` : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function SuggestionItem({
  suggestion,
  renderPseudonym,
  onDismiss,
  isChosen,
  onChoose,
}: {
  suggestion: PersonSuggestion;
  renderPseudonym: (pseudonym: string) => string;
  onDismiss: () => void;
  isChosen: boolean;
  onChoose: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const { casePerson } = suggestion;
  const name = casePerson.identity?.fullName ?? renderPseudonym(casePerson.pseudonym);
  return (
    <li className="linkage-suggestion" data-testid="person-suggestion">
      <p className="linkage-suggestion__name">
        <strong>{name}</strong> {t('linkage.suggestions.inCase', { number: suggestion.caseNumber })}
      </p>
      <p>{t('linkage.suggestions.probability', { percent: Math.min(99, Math.round(suggestion.probability * 100)) })}</p>
      {casePerson.identityProtected ? <p className="linkage-suggestion__note">{t('linkage.suggestions.protected')}</p> : null}
      <EvidenceList evidence={suggestion.evidence} />
      <div className="linkage-suggestion__actions">
        <a href={`/cases/${suggestion.caseId}`} target="_blank" rel="noopener noreferrer">
          {t('linkage.suggestions.openCase', { number: suggestion.caseNumber })}
        </a>
        {onChoose ? (
          <Button variant={isChosen ? 'primary' : 'secondary'} aria-pressed={isChosen} onClick={onChoose}>
            {t('linkage.suggestions.samePerson')}
          </Button>
        ) : null}
        <Button onClick={onDismiss}>{t('linkage.suggestions.notThisPerson')}</Button>
      </div>
    </li>
  );
}

/** The suggestion the officer says is the person being entered (linked once the person is added). */
export interface ChosenSuggestion {
  personId: string;
  label: string;
}

/**
 * "This person may already be recorded": shown in the add-person form as the officer types, from
 * the people they may see. The officer opens the other case to compare, says it is the same
 * person (linked as one person once added), or dismisses and goes on.
 */
export function PersonSuggestions({
  caseId,
  values,
  renderPseudonym,
  chosen,
  onChoose,
}: {
  caseId: string;
  values: DraftValues;
  renderPseudonym: (pseudonym: string) => string;
  chosen?: ChosenSuggestion | null;
  onChoose?: (choice: ChosenSuggestion | null) => void;
}) {
  const { t } = useTranslation();
  const draft = useDebouncedValue(draftOf(values), 400);
  const query = usePersonSuggestions(caseId, draft);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const shown = (query.data?.suggestions ?? []).filter((s) => !dismissed.includes(s.casePerson.id));
  if (shown.length === 0) return null;
  return (
    <Alert tone="warning" title={t('linkage.suggestions.title')} className="linkage-suggestions">
      <p>{t('linkage.suggestions.intro')}</p>
      <ul className="linkage-suggestions__list">
        {shown.map((s) => (
          <SuggestionItem
            key={s.casePerson.id}
            suggestion={s}
            renderPseudonym={renderPseudonym}
            onDismiss={() => {
              setDismissed((d) => [...d, s.casePerson.id]);
              if (chosen?.personId === s.casePerson.personId) onChoose?.(null);
            }}
            isChosen={chosen?.personId === s.casePerson.personId}
            onChoose={
              onChoose
                ? () =>
                    onChoose(
                      chosen?.personId === s.casePerson.personId
                        ? null
                        : {
                            personId: s.casePerson.personId,
                            label: s.casePerson.identity?.fullName ?? renderPseudonym(s.casePerson.pseudonym),
                          },
                    )
                : undefined
            }
          />
        ))}
      </ul>
    </Alert>
  );
}

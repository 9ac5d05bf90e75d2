import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Button, FieldGroup, TextField } from '../../ui';
import { useCaseChoices } from './patrols-api';

export interface LinkedCase {
  id: string;
  number: string;
  title?: string;
}

/** The cases opened from the patrol: found by number, title or name among the cases the user may see. */
export function CasePicker({ linked, onChange, error }: { linked: LinkedCase[]; onChange: (cases: LinkedCase[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim(), 300);
  const choices = useCaseChoices(search);
  const linkedIds = new Set(linked.map((c) => c.id));
  const found = choices.data?.items ?? [];
  return (
    <FieldGroup legend={t('patrols.report.cases')} hint={t('patrols.report.casesHint')} error={error}>
      <div className="stack">
        {linked.length === 0 ? (
          <p className="muted">{t('patrols.report.noCases')}</p>
        ) : (
          <ul className="patrol-cases" aria-label={t('patrols.report.linked')}>
            {linked.map((c) => (
              <li key={c.id}>
                <span>
                  <strong>{c.number}</strong> {c.title}
                </span>
                <Button size="sm" variant="ghost" aria-label={t('patrols.report.unlinkCaseLabel', { number: c.number })} onClick={() => onChange(linked.filter((l) => l.id !== c.id))}>
                  {t('patrols.report.unlinkCase')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <TextField label={t('patrols.report.searchCases')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        {found.length === 0 && !choices.isPending ? (
          <p className="muted">{t('patrols.report.noCaseResults')}</p>
        ) : (
          <ul className="patrol-cases" aria-label={t('patrols.report.caseResults')}>
            {found.map((c) => (
              <li key={c.id}>
                <span>
                  <strong>{c.number}</strong> {c.title}
                </span>
                {linkedIds.has(c.id) ? (
                  <span className="muted">{t('patrols.report.linked')}</span>
                ) : (
                  <Button size="sm" aria-label={t('patrols.report.linkCaseLabel', { number: c.number })} onClick={() => onChange([...linked, { id: c.id, number: c.number, title: c.title }])}>
                    {t('patrols.report.linkCase')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </FieldGroup>
  );
}

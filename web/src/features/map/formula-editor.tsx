import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { vulnerabilityTerms, vulnerabilityWeightsSchema, type VulnerabilityFormula } from '#contracts/map';
import { isApiError } from '../../lib/api';
import { validateWith } from '../../lib/form-errors';
import { Alert, Button, ErrorAlert, TextArea, TextField, VersionConflictAlert } from '../../ui';
import { useReloadVulnerability, useSaveFormula } from './map-api';

/**
 * Analysts change the weights; saving makes the next version (the server refuses an edit of a
 * version that is no longer the latest, and the page offers to reload it).
 */
export function FormulaEditor({ formula }: { formula: VulnerabilityFormula }) {
  const { t } = useTranslation();
  const save = useSaveFormula();
  const reload = useReloadVulnerability();
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(vulnerabilityTerms.map((term) => [term, String(formula.weights[term])])),
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const isConflict = isApiError(save.error) && save.error.code === 'VERSION_CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedWeights = Object.fromEntries(vulnerabilityTerms.map((term) => [term, weights[term] === '' ? NaN : Number(weights[term])]));
    const checkedWeights = validateWith(t, vulnerabilityWeightsSchema, parsedWeights);
    const noteError = note.trim().length < 10 ? t('validation.too_small') : undefined;
    const weightErrors = Object.fromEntries(Object.keys(checkedWeights.errors ?? {}).map((term) => [term, t('map.editor.weightRange')]));
    setErrors({ ...weightErrors, note: noteError });
    if (!checkedWeights.data || noteError) return;
    save.mutate(
      { weights: checkedWeights.data, note: note.trim(), version: formula.version },
      { onSuccess: () => setNote('') },
    );
  };

  return (
    <form className="formula-editor" onSubmit={submit} noValidate aria-labelledby="formula-editor-title">
      <h2 id="formula-editor-title">{t('map.editor.title')}</h2>
      <p>{t('map.editor.intro')}</p>
      <div className="formula-editor__weights">
        {vulnerabilityTerms.map((term) => (
          <TextField
            key={term}
            label={t(`map.vulnerability.terms.${term}`)}
            type="number"
            inputMode="decimal"
            min={0}
            max={10}
            step={0.5}
            value={weights[term] ?? ''}
            error={errors[term]}
            onChange={(event) => setWeights((current) => ({ ...current, [term]: event.target.value }))}
          />
        ))}
      </div>
      <TextArea
        label={t('map.editor.note')}
        hint={t('map.editor.noteHint')}
        value={note}
        error={errors.note}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
      />
      {isConflict ? <VersionConflictAlert onReload={() => void reload().then(() => save.reset())} /> : <ErrorAlert error={save.error} />}
      {save.isSuccess ? <Alert tone="success">{t('map.editor.saved', { version: save.data.version })}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {t('map.editor.save', { version: formula.version + 1 })}
        </Button>
      </div>
    </form>
  );
}

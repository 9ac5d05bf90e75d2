import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api';
import { Alert, Button, CloseIcon, Dialog, ErrorAlert, TextField } from '../../../ui';
import { useDeleteFilter, useSaveFilter, useSavedFilters, type CaseFilters } from '../cases-api';
import { filtersFromSaved, paramsFromFilters } from './list-query';

interface SaveFilterDialogProps {
  filters: CaseFilters;
  existingNames: readonly string[];
  onClose: () => void;
}

/** Names are unique per user whatever the letter case; the other refusal is the per-user limit. */
function SaveFilterDialog({ filters, existingNames, onClose }: SaveFilterDialogProps) {
  const { t } = useTranslation();
  const save = useSaveFilter();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const isFull = isApiError(save.error) && save.error.code === 'CONFLICT';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken = existingNames.some((existing) => existing.toLowerCase() === name.trim().toLowerCase());
    if (!name.trim() || taken) {
      setProblem(taken ? t('cases.savedFilters.duplicate') : t('validation.required'));
      return;
    }
    setProblem(null);
    save.mutate({ name: name.trim(), query: filters }, { onSuccess: onClose });
  };
  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={t('cases.savedFilters.saveTitle')}
      description={t('cases.savedFilters.saveIntro')}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('cases.savedFilters.name')}
          required
          autoFocus
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={problem}
        />
        {isFull ? (
          <Alert tone="warning">{t('cases.savedFilters.full')}</Alert>
        ) : (
          <ErrorAlert error={save.error} />
        )}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {t('cases.savedFilters.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The user's named filters as links (so they open like any address), a delete for each, and "save this one". */
export function SavedFilters({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  const saved = useSavedFilters();
  const remove = useDeleteFilter();
  const [isSaving, setIsSaving] = useState(false);
  const items = saved.data?.items ?? [];
  return (
    <section className="saved-filters" aria-label={t('cases.savedFilters.title')}>
      <h2 className="saved-filters__title">{t('cases.savedFilters.title')}</h2>
      {items.length === 0 && saved.isSuccess ? <p className="muted">{t('cases.savedFilters.none')}</p> : null}
      <ul className="saved-filters__list">
        {items.map((item) => (
          <li key={item.id} className="saved-filter">
            <Link to={`/cases?${paramsFromFilters(filtersFromSaved(item.query)).toString()}`}>
              {item.name}
            </Link>
            <button
              type="button"
              className="icon-button saved-filter__delete"
              aria-label={t('cases.savedFilters.delete', { name: item.name })}
              disabled={remove.isPending}
              onClick={() => remove.mutate(item.id)}
            >
              <CloseIcon />
            </button>
          </li>
        ))}
      </ul>
      <Button size="sm" onClick={() => setIsSaving(true)}>
        {t('cases.savedFilters.saveCurrent')}
      </Button>
      <ErrorAlert error={saved.error ?? remove.error} />
      {isSaving ? (
        <SaveFilterDialog
          filters={filters}
          existingNames={items.map((item) => item.name)}
          onClose={() => setIsSaving(false)}
        />
      ) : null}
    </section>
  );
}

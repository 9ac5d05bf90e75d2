import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, requiredImportFields, type ImportBatch, type ImportField, type ImportMapping } from '#contracts/imports';
import { Alert, Button, Card, Checkbox, ErrorAlert, Select, TextField } from '../../ui';
import { useTemplates } from './imports-api';

/** Column of the file → the Benteng field it fills ('' when the column is not imported). */
type ColumnChoice = Record<string, ImportField | ''>;

function choiceOf(headers: readonly string[], mapping: Record<string, string>): ColumnChoice {
  const choice: ColumnChoice = Object.fromEntries(headers.map((h) => [h, '']));
  for (const [field, header] of Object.entries(mapping)) {
    if (header in choice && (importFields as readonly string[]).includes(field)) choice[header] = field as ImportField;
  }
  return choice;
}

function mappingOf(choice: ColumnChoice): ImportMapping {
  const mapping: ImportMapping = {};
  for (const [header, field] of Object.entries(choice)) if (field) mapping[field] = header;
  return mapping;
}

interface MappingStepProps {
  batch: ImportBatch;
  isPending: boolean;
  error: unknown;
  hasPreview: boolean;
  /** Told of every change, so the page can hold the commit back until the new mapping is checked. */
  onMappingChange: (mapping: ImportMapping) => void;
  onCheck: (input: { mapping: ImportMapping; saveTemplateAs?: string }) => void;
}

/**
 * One field picker per column of the file, the suggestion (from the agency's template or known
 * column names) chosen already. A field belongs to one column: choosing it elsewhere frees it here.
 */
export function MappingStep({ batch, isPending, error, hasPreview, onMappingChange, onCheck }: MappingStepProps) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const [choice, setChoice] = useState(() => choiceOf(batch.headers, batch.mapping ?? batch.suggestedMapping));
  const [isSaving, setIsSaving] = useState(false);
  const [templateName, setTemplateName] = useState(batch.suggestedTemplate?.name ?? '');
  const mapping = mappingOf(choice);
  const missing = requiredImportFields.filter((f) => !mapping[f]);
  const fieldLabel = (f: ImportField) => `${t(`imports.fields.${f}`)}${requiredImportFields.includes(f) ? ` (${t('imports.mapping.required')})` : ''}`;
  const options = importFields.map((f) => ({ value: f, label: fieldLabel(f) }));
  const update = (next: ColumnChoice) => {
    setChoice(next);
    onMappingChange(mappingOf(next));
  };
  const choose = (header: string, field: ImportField | '') => {
    const next: ColumnChoice = { ...choice };
    if (field) for (const h of Object.keys(next)) if (next[h] === field) next[h] = '';
    next[header] = field;
    update(next);
  };
  const canCheck = missing.length === 0 && (!isSaving || templateName.trim().length > 0);
  return (
    <Card title={t('imports.mapping.title')}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (canCheck) onCheck({ mapping, ...(isSaving ? { saveTemplateAs: templateName.trim() } : {}) });
        }}
      >
        <p>{t('imports.mapping.intro')}</p>
        <p className="muted">
          {batch.suggestedTemplate
            ? t('imports.mapping.fromTemplate', { name: batch.suggestedTemplate.name, similarity: Math.round(batch.suggestedTemplate.similarity * 100) })
            : t('imports.mapping.fromKnownNames')}
        </p>
        {templates.data && templates.data.items.length > 0 ? (
          <Select
            label={t('imports.mapping.useTemplate')}
            value=""
            emptyOption={t('imports.mapping.noTemplate')}
            options={templates.data.items.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            onChange={(e) => {
              const template = templates.data.items.find((tpl) => tpl.id === e.target.value);
              if (!template) return;
              update(choiceOf(batch.headers, template.mapping));
              setTemplateName(template.name);
            }}
          />
        ) : null}
        <fieldset className="import-mapping">
          <legend className="visually-hidden">{t('imports.mapping.caption')}</legend>
          {batch.headers.map((header) => (
            <Select
              key={header}
              label={header}
              aria-label={t('imports.mapping.fieldFor', { column: header })}
              className={choice[header] ? 'import-mapping__item import-mapping__item--mapped' : 'import-mapping__item'}
              value={choice[header] ?? ''}
              emptyOption={t('imports.mapping.notImported')}
              options={options}
              onChange={(e) => choose(header, e.target.value as ImportField | '')}
            />
          ))}
        </fieldset>
        {missing.length > 0 ? (
          <Alert tone="warning">{t('imports.mapping.missing', { fields: missing.map((f) => t(`imports.fields.${f}`)).join(', ') })}</Alert>
        ) : null}
        <Checkbox label={t('imports.mapping.saveAsTemplate')} checked={isSaving} onChange={(e) => setIsSaving(e.target.checked)} />
        {isSaving ? (
          <TextField label={t('imports.mapping.templateName')} value={templateName} maxLength={100} required onChange={(e) => setTemplateName(e.target.value)} />
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <div className="cluster">
          <Button type="submit" variant="primary" isPending={isPending} disabled={!canCheck}>
            {hasPreview ? t('imports.mapping.checkAgain') : t('imports.mapping.check')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

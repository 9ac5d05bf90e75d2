import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, ErrorAlert, Loading } from '../../ui';
import { useUploadImport } from './imports-api';

/** Drop a CSV/XLSX file here or choose one; the uploaded import opens at once. */
export function UploadZone({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const inputId = useId();
  const hintId = useId();
  const [isOver, setIsOver] = useState(false);
  const send = (file: File | undefined) => {
    if (file) upload.mutate(file, { onSuccess: (batch) => onUploaded(batch.id) });
  };
  return (
    <Card title={t('imports.upload.title')}>
      <div
        className={isOver ? 'import-drop import-drop--over' : 'import-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setIsOver(false);
          send(e.dataTransfer.files[0]);
        }}
      >
        <p className="import-drop__text">{t('imports.upload.drop')}</p>
        <p className="muted">{t('imports.upload.or')}</p>
        <input
          id={inputId}
          className="visually-hidden import-drop__input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          disabled={upload.isPending}
          onChange={(e) => {
            send(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label className="button button--primary" htmlFor={inputId}>
          {t('imports.upload.choose')}
        </label>
        <p className="muted import-drop__hint" id={hintId}>
          {t('imports.upload.hint')}
        </p>
      </div>
      {upload.isPending ? <Loading label={t('imports.upload.uploading', { file: upload.variables.name })} /> : null}
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { exportFormats } from '#contracts/cases';
import { saveFile } from '../../../lib/download';
import { Alert, Button, Checkbox, Dialog, ErrorAlert, Select, TextArea } from '../../../ui';
import { useReauthentication } from '../../auth';
import { downloadExport, type CaseFilters } from '../cases-api';

type ExportFormat = (typeof exportFormats)[number];
const minimumReasonLength = 10;

interface ExportDialogProps {
  filters: CaseFilters;
  /** Identity columns are offered only to those who may see identity. */
  canIncludeIdentity: boolean;
  onClose: () => void;
}

/**
 * Exports the cases of the current filters. The server wants the password confirmed in the last
 * ten minutes: when it asks, the password dialog opens and the export runs again after it.
 */
export function ExportDialog({ filters, canIncludeIdentity, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const reauthentication = useReauthentication();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [includeIdentity, setIncludeIdentity] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: () =>
      reauthentication.run(() =>
        downloadExport(filters, {
          format,
          includeIdentity,
          reason: includeIdentity ? reason.trim() : undefined,
        }),
      ),
    onSuccess: saveFile,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const isReasonMissing = includeIdentity && reason.trim().length < minimumReasonLength;
    setReasonProblem(isReasonMissing ? t('cases.reason.tooShort', { n: minimumReasonLength }) : null);
    if (!isReasonMissing) download.mutate();
  };

  return (
    <Dialog isOpen onClose={onClose} title={t('cases.export.title')} description={t('cases.export.intro')}>
      <form className="form" onSubmit={submit} noValidate data-testid="export-form">
        <Select
          label={t('cases.export.format')}
          hint={t(`cases.export.formatHints.${format}`)}
          options={exportFormats.map((value) => ({ value, label: t(`cases.export.formats.${value}`) }))}
          value={format}
          onChange={(event) => setFormat(exportFormats.find((f) => f === event.target.value) ?? 'csv')}
        />
        {canIncludeIdentity ? (
          <Checkbox
            label={t('cases.export.includeIdentity')}
            description={t('cases.export.includeIdentityHint')}
            checked={includeIdentity}
            onChange={(event) => setIncludeIdentity(event.target.checked)}
          />
        ) : null}
        {includeIdentity ? (
          <TextArea
            label={t('cases.reason.label')}
            hint={t('cases.export.reasonHint', { n: minimumReasonLength })}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonProblem}
          />
        ) : null}
        {download.isSuccess ? (
          <Alert tone="success">{t('cases.export.done', { file: download.data.fileName })}</Alert>
        ) : null}
        <ErrorAlert error={download.error} />
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="submit" variant="primary" isPending={download.isPending}>
            {t('cases.export.submit')}
          </Button>
        </div>
      </form>
      {reauthentication.dialog}
    </Dialog>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../lib/api';
import { saveFile } from '../../lib/download';
import { Button, Card, ErrorAlert } from '../../ui';

/** The forum report of a meeting: a bilingual PDF to circulate and an XLSX to edit (coordinator). */
export function ReportCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: 'pdf' | 'xlsx') => apiDownload(`/api/taskforce/meetings/${meetingId}/report.${format}`),
    onSuccess: saveFile,
  });
  return (
    <Card title={t('taskforce.report')}>
      <div className="stack">
        <p className="muted">{t('taskforce.reportHint')}</p>
        <ErrorAlert error={download.error} />
        <div className="cluster">
          <Button variant="primary" isPending={download.isPending && download.variables === 'pdf'} disabled={download.isPending} onClick={() => download.mutate('pdf')}>
            {t('taskforce.reportPdf')}
          </Button>
          <Button isPending={download.isPending && download.variables === 'xlsx'} disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
            {t('taskforce.reportXlsx')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { maxMeetingAttachmentBytes, meetingAttachmentMediaTypes, type MeetingAttachment } from '#contracts/taskforce';
import { isApiError } from '../../lib/api';
import { saveFile } from '../../lib/download';
import { formatFileSize } from '../../lib/file-size';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ConfirmDialog, ErrorAlert, Loading, Table } from '../../ui';
import { downloadMeetingAttachment, useDeleteMeetingAttachment, useMeetingAttachments, useUploadMeetingAttachment } from './taskforce-api';

/** The extensions people know the accepted types by, for the file picker. */
const acceptedExtensions = '.pdf,.jpg,.jpeg,.png,.webp';

/** The checks the server makes first, made before sending (it checks the bytes again itself). */
function fileProblem(file: File): 'tooLarge' | 'wrongType' | null {
  if (file.size > maxMeetingAttachmentBytes) return 'tooLarge';
  if (file.type && !(meetingAttachmentMediaTypes as readonly string[]).includes(file.type)) return 'wrongType';
  return null;
}

function UploadForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const upload = useUploadMeetingAttachment(meetingId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const serverProblems: Record<string, string> = {
    UNSUPPORTED_MEDIA_TYPE: t('taskforce.attachments.wrongType'),
    PAYLOAD_TOO_LARGE: t('taskforce.attachments.tooLarge'),
    CONFLICT: t('taskforce.attachments.tooMany'),
  };
  const serverProblem = isApiError(upload.error) ? (serverProblems[upload.error.code] ?? null) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kind = file ? fileProblem(file) : null;
    setProblem(!file ? t('taskforce.attachments.chooseFile') : kind ? t(`taskforce.attachments.${kind}`) : null);
    if (!file || kind) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
    });
  };

  const error = problem ?? serverProblem;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor="meeting-attachment-file">
          {t('taskforce.attachments.file')}
        </label>
        <p className="field__hint" id="meeting-attachment-file-hint">
          {t('taskforce.attachments.fileHint')}
        </p>
        <input
          ref={inputRef}
          id="meeting-attachment-file"
          type="file"
          className="input"
          accept={`${meetingAttachmentMediaTypes.join(',')},${acceptedExtensions}`}
          aria-describedby={error ? 'meeting-attachment-file-hint meeting-attachment-file-error' : 'meeting-attachment-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
            upload.reset();
          }}
        />
        {error ? (
          <p className="field__error" id="meeting-attachment-file-error">
            {error}
          </p>
        ) : null}
      </div>
      {upload.isSuccess ? <Alert tone="success">{t('taskforce.attachments.uploaded')}</Alert> : null}
      {serverProblem ? null : <ErrorAlert error={upload.error} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={upload.isPending}>
          {t('taskforce.attachments.upload')}
        </Button>
      </div>
    </form>
  );
}

/** Files of a meeting: every reader of the meeting lists and downloads them; the coordinator adds and deletes. */
export function MeetingAttachments({ meetingId, canManage }: { meetingId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attachments = useMeetingAttachments(meetingId);
  const remove = useDeleteMeetingAttachment(meetingId);
  const [deleting, setDeleting] = useState<MeetingAttachment | null>(null);
  const download = useMutation({
    mutationFn: (attachment: MeetingAttachment) => downloadMeetingAttachment(meetingId, attachment.id),
    onSuccess: saveFile,
  });
  return (
    <Card title={t('taskforce.attachments.title')}>
      <div className="stack">
        {attachments.isPending ? <Loading /> : null}
        <ErrorAlert error={attachments.error ?? download.error} />
        {attachments.data ? (
          <Table
            caption={t('taskforce.attachments.title')}
            rows={attachments.data.items}
            rowKey={(a) => a.id}
            empty={t('taskforce.attachments.none')}
            columns={[
              { key: 'file', header: t('taskforce.attachments.file'), render: (a) => <span className="cell-title">{a.fileName}</span> },
              { key: 'size', header: t('taskforce.attachments.size'), render: (a) => formatFileSize(a.sizeBytes, format.number) },
              {
                key: 'added',
                header: t('taskforce.attachments.added'),
                render: (a) => t('taskforce.attachments.byWhen', { who: a.createdBy, when: format.dateTime(a.createdAt) }),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                render: (a) => (
                  <span className="cluster">
                    <Button
                      size="sm"
                      onClick={() => download.mutate(a)}
                      isPending={download.isPending && download.variables.id === a.id}
                      aria-label={t('taskforce.attachments.downloadLabel', { name: a.fileName })}
                    >
                      {t('taskforce.attachments.download')}
                    </Button>
                    {canManage ? (
                      <Button size="sm" variant="danger" onClick={() => setDeleting(a)} aria-label={t('taskforce.attachments.deleteLabel', { name: a.fileName })}>
                        {t('taskforce.attachments.delete')}
                      </Button>
                    ) : null}
                  </span>
                ),
              },
            ]}
          />
        ) : null}
        {canManage ? <UploadForm meetingId={meetingId} /> : null}
      </div>
      {deleting ? (
        <ConfirmDialog
          isOpen
          title={t('taskforce.attachments.deleteTitle', { name: deleting.fileName })}
          confirmLabel={t('taskforce.attachments.delete')}
          tone="danger"
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onCancel={() => {
            remove.reset();
            setDeleting(null);
          }}
        >
          <p>{t('taskforce.attachments.deleteBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  attachmentMediaTypes,
  maxAttachmentBytes,
  type caseAttachmentSchema,
  type CaseDetail,
} from '#contracts/cases';
import { isApiError } from '../../../lib/api';
import { saveFile } from '../../../lib/download';
import { formatFileSize } from '../../../lib/file-size';
import { useFormat } from '../../../lib/format-context';
import { Alert, Badge, Button, Card, ErrorAlert, Loading, Select, ShieldIcon, Table } from '../../../ui';
import { downloadAttachment, useAttachments, useUploadAttachment } from '../case-parts-api';
import { personName, renderPseudonym } from '../pseudonym';
import { ReasonDialog } from '../reason-dialog';

type Attachment = z.infer<typeof caseAttachmentSchema>;

/** The extensions people know the accepted types by, for the file picker and the message. */
const acceptedExtensions = '.pdf,.jpg,.jpeg,.png,.webp';

/** The checks the server makes first, made before sending (it checks the bytes again itself). */
function fileProblem(file: File): 'type' | 'size' | null {
  if (file.size > maxAttachmentBytes) return 'size';
  if (file.type && !(attachmentMediaTypes as readonly string[]).includes(file.type)) return 'type';
  return null;
}

function UploadForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(detail.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [casePersonId, setCasePersonId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const code = isApiError(upload.error) ? upload.error.code : null;
  const serverProblem =
    code === 'UNSUPPORTED_MEDIA_TYPE'
      ? t('cases.attachments.wrongType')
      : code === 'PAYLOAD_TOO_LARGE'
        ? t('cases.attachments.tooLarge')
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kind = file ? fileProblem(file) : null;
    const problems = { size: t('cases.attachments.tooLarge'), type: t('cases.attachments.wrongType') };
    setProblem(!file ? t('cases.attachments.chooseFile') : kind ? problems[kind] : null);
    if (!file || kind) return;
    upload.mutate(
      { file, casePersonId: casePersonId || null },
      {
        onSuccess: () => {
          setFile(null);
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  };

  const error = problem ?? serverProblem;
  return (
    <form className="form upload-form" onSubmit={submit} noValidate>
      <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor="attachment-file">
          {t('cases.attachments.file')}
        </label>
        <p className="field__hint" id="attachment-file-hint">
          {t('cases.attachments.fileHint')}
        </p>
        <input
          ref={inputRef}
          id="attachment-file"
          type="file"
          className="input"
          accept={`${attachmentMediaTypes.join(',')},${acceptedExtensions}`}
          aria-describedby={error ? 'attachment-file-hint attachment-file-error' : 'attachment-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        {error ? (
          <p className="field__error" id="attachment-file-error">
            {error}
          </p>
        ) : null}
      </div>
      <Select
        label={t('cases.attachments.person')}
        hint={t('cases.attachments.personHint')}
        emptyOption={t('cases.attachments.wholeCase')}
        isOptional
        options={detail.people.map((person) => ({ value: person.id, label: personName(t, person) }))}
        value={casePersonId}
        onChange={(event) => setCasePersonId(event.target.value)}
      />
      {upload.isSuccess ? <Alert tone="success">{t('cases.attachments.uploaded')}</Alert> : null}
      {serverProblem ? null : <ErrorAlert error={upload.error} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={upload.isPending}>
          {t('cases.attachments.upload')}
        </Button>
      </div>
    </form>
  );
}

/** The case's files: listed for all who see the case; identity documents open only with a reason. */
export function AttachmentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attachments = useAttachments(detail.id);
  const [asking, setAsking] = useState<Attachment | null>(null);
  const download = useMutation({
    mutationFn: ({ attachment, reason }: { attachment: Attachment; reason: string | null }) =>
      downloadAttachment(detail.id, attachment.id, reason),
    onSuccess: (file) => {
      saveFile(file);
      setAsking(null);
    },
  });
  const personOf = (id: string | null) => detail.people.find((person) => person.id === id);

  return (
    <Card title={t('cases.attachments.title')}>
      <div className="stack">
        {attachments.isPending ? <Loading /> : null}
        <ErrorAlert error={attachments.error ?? (asking ? null : download.error)} />
        {attachments.data ? (
          <Table
            caption={t('cases.attachments.title')}
            rows={attachments.data.items}
            rowKey={(a) => a.id}
            empty={t('cases.attachments.none')}
            columns={[
              {
                key: 'file',
                header: t('cases.attachments.file'),
                render: (a) => (
                  <span className="cluster">
                    <span className="cell-title">{a.fileName}</span>
                    {a.isIdentity ? (
                      <Badge tone="warning">
                        <ShieldIcon />
                        {t('cases.attachments.identity')}
                      </Badge>
                    ) : null}
                  </span>
                ),
              },
              {
                key: 'person',
                header: t('cases.attachments.person'),
                render: (a) => {
                  const person = personOf(a.casePersonId);
                  return person ? renderPseudonym(t, person.pseudonym) : '—';
                },
              },
              {
                key: 'size',
                header: t('cases.attachments.size'),
                render: (a) => formatFileSize(a.sizeBytes, format.number),
              },
              {
                key: 'added',
                header: t('cases.attachments.added'),
                render: (a) => t('cases.byWhen', { who: a.createdBy, when: format.dateTime(a.createdAt) }),
              },
              {
                key: 'download',
                header: t('common.actions'),
                render: (a) => (
                  <Button
                    size="sm"
                    onClick={() =>
                      a.isIdentity ? setAsking(a) : download.mutate({ attachment: a, reason: null })
                    }
                    isPending={download.isPending && download.variables.attachment.id === a.id && !asking}
                    aria-label={t('cases.attachments.downloadLabel', { name: a.fileName })}
                  >
                    {t('cases.attachments.download')}
                  </Button>
                ),
              },
            ]}
          />
        ) : null}
        {detail.canEdit ? <UploadForm detail={detail} /> : null}
      </div>
      {asking ? (
        <ReasonDialog
          title={t('cases.attachments.reasonTitle', { name: asking.fileName })}
          description={t('cases.attachments.reasonIntro')}
          minLength={10}
          confirmLabel={t('cases.attachments.download')}
          tone="danger"
          isPending={download.isPending}
          error={download.error}
          onConfirm={(reason) => download.mutate({ attachment: asking, reason })}
          onCancel={() => {
            download.reset();
            setAsking(null);
          }}
        />
      ) : null}
    </Card>
  );
}

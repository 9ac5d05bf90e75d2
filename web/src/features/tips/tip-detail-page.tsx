import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TipDetail } from '#contracts/tips';
import { apiDownload } from '../../lib/api';
import { saveFile } from '../../lib/download';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ErrorAlert, Loading, PageHeader, TextArea } from '../../ui';
import { useMe } from '../auth';
import { AssignmentCard, CaseLinkCard, ContactCard, GroupCard, WorkflowCard } from './tip-actions';
import { PriorityReasons, TipBadges } from './tip-badges';
import { attachmentUrl, useTip, useTipMessage } from './tips-api';
import './tips.css';

function ReportCard({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { report } = tip;
  const none = <span className="muted">{t('tips.notGiven')}</span>;
  const where = [
    report.where.description,
    tip.places.region && `${t('tips.region')}: ${tip.places.region}`,
    tip.places.port && `${t('tips.port')}: ${tip.places.port}`,
    tip.places.nearPort && `${t('tips.nearPort')}: ${tip.places.nearPort}`,
    report.where.point && `${report.where.point.lat}, ${report.where.point.lng}`,
  ].filter(Boolean);
  const when = [report.when.date && format.day(report.when.date), report.when.description].filter(Boolean);
  const flags = [report.imminentDeparture && t('tips.imminent'), report.childrenInvolved && t('tips.children')].filter(Boolean);
  return (
    <Card title={t('tips.reportTitle')}>
      <dl className="tips-facts">
        <dt>{t('tips.what')}</dt>
        <dd>{report.what}</dd>
        <dt>{t('tips.where')}</dt>
        <dd>{where.length ? where.join('\n') : none}</dd>
        <dt>{t('tips.when')}</dt>
        <dd>{when.length ? when.join(' · ') : none}</dd>
        <dt>{t('tips.who')}</dt>
        <dd>{report.who || none}</dd>
        <dt>{t('tips.flags')}</dt>
        <dd>{flags.length ? flags.join('\n') : none}</dd>
        <dt>{t('tips.channel')}</dt>
        <dd>{t(`tips.channels.${tip.channel}`)}</dd>
        <dt>{t('tips.received')}</dt>
        <dd>{format.dateTime(tip.receivedAt)}</dd>
      </dl>
    </Card>
  );
}

function AttachmentsCard({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = (attachmentId: string) => {
    setError(null);
    apiDownload(attachmentUrl(tip.id, attachmentId)).then(saveFile, setError);
  };
  return (
    <Card title={t('tips.attachmentsTitle')}>
      <div className="stack">
        <p className="muted">{t('tips.attachmentsHint')}</p>
        <ErrorAlert error={error} />
        {tip.attachments.length === 0 ? (
          <p>{t('tips.noAttachments')}</p>
        ) : (
          <ul className="tips-messages">
            {tip.attachments.map((a) => (
              <li key={a.id} className="cluster">
                <span>{`${a.fileName} (${Math.ceil(a.sizeBytes / 1024)} KB)`}</span>
                <span className="muted">
                  {a.metadataRemoved.length ? t('tips.metadataRemoved', { fields: a.metadataRemoved.join(', ') }) : t('tips.noMetadata')}
                </span>
                <Button size="sm" onClick={() => download(a.id)}>
                  {t('tips.download')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

/** Replies (the reporter reads them) and internal notes (never shown to the reporter), kept visibly apart. */
function ConversationCard({ tip, mayManage }: { tip: TipDetail; mayManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const send = useTipMessage(tip.id);
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const label = { reporter: t('tips.fromReporter'), reply: t('tips.replyLabel'), note: t('tips.noteLabel') };
  return (
    <Card title={t('tips.conversationTitle')}>
      <div className="stack">
        {tip.messages.length === 0 ? (
          <p>{t('tips.noMessages')}</p>
        ) : (
          <ol className="tips-messages" data-testid="tip-messages">
            {tip.messages.map((m) => (
              <li key={m.id} className={`tips-message tips-message--${m.kind}`}>
                <span className="tips-message__meta">{[label[m.kind], m.authorName, format.dateTime(m.createdAt)].filter(Boolean).join(' · ')}</span>
                {m.body}
              </li>
            ))}
          </ol>
        )}
        <ErrorAlert error={send.error} />
        {mayManage && (
          <>
            {!tip.hasReceipt && <Alert tone="info">{t('tips.noReceipt')}</Alert>}
            <div className="tips-message tips-message--reply stack">
              <TextArea label={t('tips.toReporter')} hint={t('tips.toReporterHint')} rows={3} value={reply} onChange={(e) => setReply(e.target.value)} />
              <div>
                <Button variant="primary" disabled={send.isPending || !reply.trim()} onClick={() => send.mutate({ kind: 'reply', body: reply }, { onSuccess: () => setReply('') })}>
                  {t('tips.sendReply')}
                </Button>
              </div>
            </div>
            <div className="tips-message tips-message--note stack">
              <TextArea label={t('tips.internalNote')} hint={t('tips.internalNoteHint')} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
              <div>
                <Button disabled={send.isPending || !note.trim()} onClick={() => send.mutate({ kind: 'note', body: note }, { onSuccess: () => setNote('') })}>
                  {t('tips.addNote')}
                </Button>
              </div>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

/** /tips/:id: one tip with its report, files, conversation and the triage actions. */
export function TipDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const tip = useTip(id);
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const mayManage = permissions.includes('tips.manage');
  if (tip.isPending) return <Loading />;
  if (tip.error) return <ErrorAlert error={tip.error} />;
  const data = tip.data;
  return (
    <div className="stack">
      <Link to="/tips">{t('tips.back')}</Link>
      <PageHeader title={`${t('tips.reference')} ${data.reference}`} description={<span className="stack"><TipBadges tip={data} /><PriorityReasons tip={data} /></span>} />
      <div className="tips-layout">
        <div className="stack">
          <ReportCard tip={data} />
          <ConversationCard tip={data} mayManage={mayManage} />
          <AttachmentsCard tip={data} />
        </div>
        <div className="stack">
          <WorkflowCard tip={data} mayManage={mayManage} />
          <AssignmentCard tip={data} mayManage={mayManage} myId={me.data?.id} />
          {permissions.includes('tips.contact.view') && <ContactCard tip={data} />}
          <GroupCard tip={data} mayManage={mayManage} />
          <CaseLinkCard tip={data} mayManage={mayManage} mayReadCases={permissions.includes('cases.read')} />
        </div>
      </div>
    </div>
  );
}

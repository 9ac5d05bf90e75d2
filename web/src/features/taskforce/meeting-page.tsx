import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Meeting } from '#contracts/taskforce';
import { useFormat } from '../../lib/format-context';
import { Card, ErrorAlert, Loading, PageHeader, TextArea } from '../../ui';
import { useMe } from '../auth';
import { SubmitRow } from './submit-row';
import { ActionItemStatusBadges, ActionItemTable } from './action-item-table';
import { CalendarLink } from './calendar-link';
import { MeetingAttachments } from './meeting-attachments';
import { DecisionsSection } from './meeting-decisions';
import { ParticipantsSection } from './meeting-participants';
import { ReportCard } from './report-card';
import { useMeeting, useUpdateMeeting } from './taskforce-api';
import './taskforce.css';

/** The agenda from the template: TPPO standing, the carried-over items with their state, the topics. */
function AgendaSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const carried = new Map(meeting.carriedOver.map((i) => [i.id, i]));
  return (
    <Card title={t('taskforce.agenda')}>
      <ol className="taskforce-agenda">
        {meeting.agenda.map((entry, index) => {
          const item = entry.actionItemId ? carried.get(entry.actionItemId) : undefined;
          return (
            <li key={`${entry.kind}-${entry.actionItemId ?? index}`}>
              {entry.title ? (
                <span className="taskforce-tight">
                  <span>
                    <span className="muted">{t(`taskforce.agendaKinds.${entry.kind}`)}:</span> {entry.title}
                  </span>
                  {item ? (
                    <span className="cluster muted">
                      <span>
                        {item.ownerAgencyName} · {format.day(item.dueOn)}
                      </span>
                      <ActionItemStatusBadges item={item} />
                    </span>
                  ) : null}
                </span>
              ) : (
                t(`taskforce.agendaKinds.${entry.kind}`)
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

function MinutesSection({ meeting, canManage }: { meeting: Meeting; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [minutes, setMinutes] = useState(meeting.minutes);
  return (
    <Card title={t('taskforce.minutes')}>
      {canManage ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ version: meeting.version, minutes });
          }}
        >
          <TextArea label={t('taskforce.minutes')} rows={6} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          <SubmitRow label={t('taskforce.saveMinutes')} mutation={update} />
        </form>
      ) : meeting.minutes ? (
        <p className="taskforce-minutes">{meeting.minutes}</p>
      ) : (
        <p className="muted">{t('taskforce.noMinutes')}</p>
      )}
    </Card>
  );
}

/** /taskforce/meetings/:id: agenda with carried-over items, participants, minutes, decisions and their action items, attachments. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const meeting = useMeeting(id);
  if (meeting.isPending || !me.data) return <Loading />;
  if (meeting.isError)
    return (
      <div className="stack">
        <PageHeader title={t('taskforce.meeting')} />
        <ErrorAlert error={meeting.error} />
        <Link to="/taskforce">{t('taskforce.backToBodies')}</Link>
      </div>
    );
  const m = meeting.data;
  const canManage = me.data.permissions.includes('taskforce.manage');
  const where = [m.place, m.onlineUrl ? t('taskforce.online') : null].filter(Boolean).join(' · ');
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/taskforce/bodies/${m.bodyId}`}>{t('taskforce.backToBody', { body: m.bodyName })}</Link>
      </p>
      <PageHeader title={m.title} description={`${m.bodyName} · ${format.dateTime(m.startsAt)} · ${where}`} />
      <p className="cluster">
        {m.onlineUrl ? <a href={m.onlineUrl}>{m.onlineUrl}</a> : null}
        <CalendarLink path={`/api/taskforce/meetings/${m.id}.ics`} label={t('taskforce.calendarMeeting')} />
      </p>
      <AgendaSection meeting={m} />
      <Card title={t('taskforce.carriedOver')}>
        {m.carriedOver.length === 0 ? (
          <p className="muted">{t('taskforce.carriedOverNone')}</p>
        ) : (
          <ActionItemTable caption={t('taskforce.carriedOver')} items={m.carriedOver} showMeeting />
        )}
      </Card>
      <ParticipantsSection key={`p${m.version}`} meeting={m} canManage={canManage} />
      <MinutesSection meeting={m} canManage={canManage} />
      <DecisionsSection meeting={m} canManage={canManage} />
      <MeetingAttachments meetingId={m.id} canManage={canManage} />
      {canManage ? <ReportCard meetingId={m.id} /> : null}
    </div>
  );
}

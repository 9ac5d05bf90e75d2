import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Body, Member } from '#contracts/taskforce';
import { useFormat } from '../../lib/format-context';
import { Card, ErrorAlert, Loading, PageHeader, Select, Table, TextField } from '../../ui';
import { useMe } from '../auth';
import { SubmitRow } from './submit-row';
import { CalendarLink } from './calendar-link';
import { NewMeetingForm } from './new-meeting-form';
import { useBodies, useMeetings, useSetMember } from './taskforce-api';
import './taskforce.css';

const namedCountries = ['ID', 'MY', 'SG'] as const;
const isNamedCountry = (code: string): code is (typeof namedCountries)[number] => (namedCountries as readonly string[]).includes(code);

/** Names an agency's representative in the body (coordinator only). */
function RepresentativeForm({ body }: { body: Body }) {
  const { t } = useTranslation();
  const setMember = useSetMember(body.id);
  const [agencyId, setAgencyId] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const choose = (id: string) => {
    const member = body.members.find((m) => m.agencyId === id);
    setAgencyId(id);
    setName(member?.representativeName ?? '');
    setTitle(member?.representativeTitle ?? '');
    setMember.reset();
  };
  const member = body.members.find((m) => m.agencyId === agencyId);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!member) return;
        setMember.mutate({ agencyId, body: { role: member.role, representativeName: name.trim() || null, representativeTitle: title.trim() || null } });
      }}
    >
      <Select
        label={t('taskforce.agency')}
        value={agencyId}
        onChange={(e) => choose(e.target.value)}
        emptyOption={t('taskforce.choose')}
        options={body.members.map((m) => ({ value: m.agencyId, label: m.agencyName }))}
        required
      />
      <TextField label={t('taskforce.representativeName')} value={name} onChange={(e) => setName(e.target.value)} isOptional />
      <TextField label={t('taskforce.representativeTitle')} value={title} onChange={(e) => setTitle(e.target.value)} isOptional />
      <SubmitRow label={t('taskforce.save')} mutation={setMember} />
    </form>
  );
}

/** /taskforce/bodies/:id: a body's member agencies and representatives, its meetings, a new meeting. */
export function BodyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const bodies = useBodies();
  const meetings = useMeetings(id);
  if (bodies.isPending || !me.data) return <Loading />;
  const body = bodies.data?.items.find((b) => b.id === id);
  if (!body)
    return (
      <div className="stack">
        <PageHeader title={t('taskforce.title')} />
        <ErrorAlert error={bodies.error} />
        <Link to="/taskforce">{t('taskforce.backToBodies')}</Link>
      </div>
    );
  const canManage = me.data.permissions.includes('taskforce.manage');
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/taskforce">{t('taskforce.backToBodies')}</Link>
      </p>
      <PageHeader title={body.name} description={t(`taskforce.kinds.${body.kind}`)} />
      <Card title={t('taskforce.members')}>
        <div className="stack">
          <Table<Member>
            caption={t('taskforce.members')}
            rows={body.members}
            rowKey={(m) => m.agencyId}
            columns={[
              { key: 'agency', header: t('taskforce.agency'), render: (m) => m.agencyName },
              { key: 'country', header: t('taskforce.country'), render: (m) => (isNamedCountry(m.country) ? t(`taskforce.countries.${m.country}`) : m.country) },
              { key: 'role', header: t('taskforce.role'), render: (m) => t(`taskforce.roles.${m.role}`) },
              {
                key: 'representative',
                header: t('taskforce.representative'),
                render: (m) =>
                  m.representativeName || m.representativeTitle ? (
                    <span className="taskforce-tight">
                      <span>{m.representativeName ?? ''}</span>
                      <span className="muted">{m.representativeTitle ?? ''}</span>
                    </span>
                  ) : (
                    <span className="muted">{t('taskforce.noRepresentative')}</span>
                  ),
              },
            ]}
          />
          {canManage ? <RepresentativeForm body={body} /> : null}
        </div>
      </Card>
      <Card title={t('taskforce.meetings')} actions={<CalendarLink path={`/api/taskforce/bodies/${body.id}/meetings.ics`} label={t('taskforce.calendarBody')} />}>
        {meetings.isPending ? (
          <Loading />
        ) : meetings.error ? (
          <ErrorAlert error={meetings.error} />
        ) : (
          <Table
            caption={t('taskforce.meetings')}
            rows={[...meetings.data.items].reverse()}
            rowKey={(m) => m.id}
            empty={t('taskforce.noMeetings')}
            columns={[
              { key: 'title', header: t('taskforce.meetingTitle'), render: (m) => <Link to={`/taskforce/meetings/${m.id}`}>{m.title}</Link> },
              { key: 'when', header: t('taskforce.when'), render: (m) => format.dateTime(m.startsAt) },
              { key: 'place', header: t('taskforce.place'), render: (m) => m.place ?? t('taskforce.online') },
            ]}
          />
        )}
      </Card>
      {canManage ? (
        <Card title={t('taskforce.newMeeting')}>
          <NewMeetingForm body={body} />
        </Card>
      ) : null}
    </div>
  );
}

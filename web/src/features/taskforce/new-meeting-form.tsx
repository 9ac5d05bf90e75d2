import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Body } from '#contracts/taskforce';
import { useFormat } from '../../lib/format-context';
import { instantOf } from '../../lib/format';
import { Button, ErrorAlert, TextArea, TextField } from '../../ui';
import { useCreateMeeting } from './taskforce-api';

/** A meeting of the body created from the agenda template; opens the new meeting's page. */
export function NewMeetingForm({ body }: { body: Body }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [topics, setTopics] = useState('');
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            bodyId: body.id,
            title,
            startsAt: instantOf(startsAt, timeZone),
            endsAt: endsAt ? instantOf(endsAt, timeZone) : null,
            place: place.trim() || null,
            onlineUrl: onlineUrl.trim() || null,
            topics: topics.split('\n').map((line) => line.trim()).filter(Boolean),
          },
          { onSuccess: (meeting) => void navigate(`/taskforce/meetings/${meeting.id}`) },
        );
      }}
    >
      <p className="muted">{t('taskforce.newMeetingHint')}</p>
      <TextField label={t('taskforce.meetingTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required />
      <TextField label={t('taskforce.startsAt')} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
      <TextField label={t('taskforce.endsAt')} type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} isOptional />
      <TextField label={t('taskforce.place')} hint={t('taskforce.placeOrOnline')} value={place} onChange={(e) => setPlace(e.target.value)} isOptional />
      <TextField label={t('taskforce.onlineUrl')} type="url" value={onlineUrl} onChange={(e) => setOnlineUrl(e.target.value)} isOptional />
      <TextArea label={t('taskforce.topics')} rows={3} value={topics} onChange={(e) => setTopics(e.target.value)} isOptional />
      <ErrorAlert error={create.error} />
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('taskforce.createMeeting')}
        </Button>
      </div>
    </form>
  );
}

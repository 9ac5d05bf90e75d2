import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, Participant } from '#contracts/taskforce';
import { Button, Card, ErrorAlert, Select, Table, TextField } from '../../ui';
import { useBodies, useUpdateMeeting } from './taskforce-api';

/** Who attended, by name, position and agency; the coordinator adds and removes them. */
export function ParticipantsSection({ meeting, canManage }: { meeting: Meeting; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const members = useBodies().data?.items.find((b) => b.id === meeting.bodyId)?.members ?? [];
  const [agencyId, setAgencyId] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const agencyName = (id: string | null) => members.find((m) => m.agencyId === id)?.agencyName ?? '—';
  const save = (participants: Participant[]) => update.mutate({ version: meeting.version, participants });
  return (
    <Card title={t('taskforce.participants')}>
      <div className="stack">
        <Table<Participant & { index: number }>
          caption={t('taskforce.participants')}
          rows={meeting.participants.map((p, index) => ({ ...p, index }))}
          rowKey={(p) => String(p.index)}
          empty={t('taskforce.noParticipants')}
          columns={[
            { key: 'name', header: t('taskforce.participantName'), render: (p) => p.name },
            { key: 'title', header: t('taskforce.participantTitle'), render: (p) => p.title || '—' },
            { key: 'agency', header: t('taskforce.agency'), render: (p) => agencyName(p.agencyId) },
            ...(canManage
              ? [
                  {
                    key: 'remove',
                    header: t('taskforce.remove'),
                    render: (p: Participant & { index: number }) => (
                      <Button size="sm" variant="ghost" disabled={update.isPending} onClick={() => save(meeting.participants.filter((_, i) => i !== p.index))}>
                        {t('taskforce.removeParticipant', { name: p.name })}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canManage ? (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              save([...meeting.participants, { agencyId: agencyId || null, name: name.trim(), title: title.trim() }]);
            }}
          >
            <TextField label={t('taskforce.participantName')} value={name} onChange={(e) => setName(e.target.value)} required />
            <TextField label={t('taskforce.participantTitle')} value={title} onChange={(e) => setTitle(e.target.value)} isOptional />
            <Select
              label={t('taskforce.agency')}
              value={agencyId}
              onChange={(e) => setAgencyId(e.target.value)}
              emptyOption={t('taskforce.noAgency')}
              options={members.map((m) => ({ value: m.agencyId, label: m.agencyName }))}
              isOptional
            />
            <ErrorAlert error={update.error} />
            <div className="cluster">
              <Button type="submit" isPending={update.isPending}>
                {t('taskforce.addParticipant')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </Card>
  );
}

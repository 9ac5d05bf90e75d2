import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Meeting } from '#contracts/taskforce';
import { Button, Card, ErrorAlert, Select, TextArea, TextField } from '../../ui';
import { ActionItemTable } from './action-item-table';
import { useAddActionItem, useAddDecision, useBodies } from './taskforce-api';

/** A decision in Bahasa Indonesia and Bahasa Malaysia (both required) and English. */
function DecisionForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddDecision(meetingId);
  const [texts, setTexts] = useState({ textId: '', textMs: '', textEn: '' });
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(texts, { onSuccess: () => setTexts({ textId: '', textMs: '', textEn: '' }) });
      }}
    >
      <h3>{t('taskforce.newDecision')}</h3>
      <TextArea label={t('taskforce.textId')} lang="id" rows={3} value={texts.textId} onChange={(e) => setTexts({ ...texts, textId: e.target.value })} required />
      <TextArea label={t('taskforce.textMs')} lang="ms" rows={3} value={texts.textMs} onChange={(e) => setTexts({ ...texts, textMs: e.target.value })} required />
      <TextArea label={t('taskforce.textEn')} lang="en" rows={3} value={texts.textEn} onChange={(e) => setTexts({ ...texts, textEn: e.target.value })} isOptional />
      <ErrorAlert error={add.error} />
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('taskforce.addDecision')}
        </Button>
      </div>
    </form>
  );
}

/** An action item following up a decision; its owner is a member agency of the body. */
function ActionItemForm({ decision, bodyId, number, onDone }: { decision: Decision; bodyId: string; number: number; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddActionItem();
  const members = useBodies().data?.items.find((b) => b.id === bodyId)?.members ?? [];
  const [title, setTitle] = useState('');
  const [ownerAgencyId, setOwnerAgencyId] = useState('');
  const [ownerPerson, setOwnerPerson] = useState('');
  const [dueOn, setDueOn] = useState('');
  return (
    <form
      className="stack"
      aria-label={t('taskforce.addActionItemFor', { n: number })}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ decisionId: decision.id, body: { title, ownerAgencyId, ownerPerson, dueOn } }, { onSuccess: onDone });
      }}
    >
      <p>
        <strong>{t('taskforce.addActionItemFor', { n: number })}</strong>
      </p>
      <TextArea label={t('taskforce.itemTitle')} rows={2} value={title} onChange={(e) => setTitle(e.target.value)} required />
      <Select
        label={t('taskforce.ownerAgency')}
        value={ownerAgencyId}
        onChange={(e) => setOwnerAgencyId(e.target.value)}
        emptyOption={t('taskforce.choose')}
        options={members.map((m) => ({ value: m.agencyId, label: m.agencyName }))}
        required
      />
      <TextField label={t('taskforce.ownerPerson')} value={ownerPerson} onChange={(e) => setOwnerPerson(e.target.value)} required />
      <TextField label={t('taskforce.dueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />
      <ErrorAlert error={add.error} />
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('taskforce.addActionItem')}
        </Button>
        <Button onClick={onDone}>{t('taskforce.cancel')}</Button>
      </div>
    </form>
  );
}

/** The meeting's decisions (each language marked for screen readers) with their action items. */
export function DecisionsSection({ meeting, canManage }: { meeting: Meeting; canManage: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <Card title={t('taskforce.decisions')}>
      <div className="stack">
        {meeting.decisions.length === 0 ? <p className="muted">{t('taskforce.noDecisions')}</p> : null}
        <ol className="taskforce-decisions">
          {meeting.decisions.map((decision, index) => {
            const number = index + 1;
            const items = meeting.actionItems.filter((i) => i.decisionId === decision.id);
            return (
              <li key={decision.id} className="stack">
                <h3>{t('taskforce.decisionNumber', { n: number })}</h3>
                <dl className="taskforce-texts">
                  <div>
                    <dt>{t('taskforce.textId')}</dt>
                    <dd lang="id">{decision.textId}</dd>
                  </div>
                  <div>
                    <dt>{t('taskforce.textMs')}</dt>
                    <dd lang="ms">{decision.textMs}</dd>
                  </div>
                  {decision.textEn ? (
                    <div>
                      <dt>{t('taskforce.textEn')}</dt>
                      <dd lang="en">{decision.textEn}</dd>
                    </div>
                  ) : null}
                </dl>
                {items.length > 0 ? <ActionItemTable caption={t('taskforce.actionItems')} items={items} /> : null}
                {canManage && adding === decision.id ? (
                  <ActionItemForm decision={decision} bodyId={meeting.bodyId} number={number} onDone={() => setAdding(null)} />
                ) : canManage ? (
                  <div className="cluster">
                    <Button size="sm" onClick={() => setAdding(decision.id)} aria-label={t('taskforce.addActionItemFor', { n: number })}>
                      {t('taskforce.addActionItem')}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {canManage ? <DecisionForm meetingId={meeting.id} /> : null}
      </div>
    </Card>
  );
}

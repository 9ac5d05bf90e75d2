import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionItemStatuses, type ActionItem, type ActionItemStatus } from '#contracts/taskforce';
import { useFormat } from '../../lib/format-context';
import { Badge, Button, ErrorAlert, Select, Table, TextArea, type BadgeTone, type Column } from '../../ui';
import { useMe } from '../auth';
import { useUpdateActionItem } from './taskforce-api';

const statusTone: Record<ActionItemStatus, BadgeTone> = { open: 'info', in_progress: 'warning', done: 'success', dropped: 'neutral' };

export function ActionItemStatusBadges({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  return (
    <span className="cluster">
      <Badge tone={statusTone[item.status]}>{t(`taskforce.statuses.${item.status}`)}</Badge>
      {item.isOverdue ? <Badge tone="danger">{t('taskforce.overdue')}</Badge> : null}
    </span>
  );
}

/** The owner agency updates its own items; the coordinator (`taskforce.manage`) any. */
function useCanUpdate() {
  const me = useMe().data;
  return (item: ActionItem) =>
    !!me &&
    (me.permissions.includes('taskforce.manage') ||
      (me.permissions.includes('taskforce.actions.update') && me.agency.id === item.ownerAgencyId));
}

/** Changes an item's status; done needs the evidence of completion (the server says so too). */
function ActionItemUpdateForm({ item, onDone }: { item: ActionItem; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateActionItem();
  const [status, setStatus] = useState<ActionItemStatus>(item.status);
  const [evidence, setEvidence] = useState(item.evidence);
  return (
    <form
      className="stack"
      aria-label={t('taskforce.updateItem', { title: item.title })}
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ id: item.id, body: { version: item.version, status, evidence } }, { onSuccess: onDone });
      }}
    >
      <p>
        <strong>{t('taskforce.updateItem', { title: item.title })}</strong>
      </p>
      <Select
        label={t('taskforce.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionItemStatus)}
        options={actionItemStatuses.map((s) => ({ value: s, label: t(`taskforce.statuses.${s}`) }))}
      />
      <TextArea
        label={t('taskforce.evidence')}
        hint={t('taskforce.evidenceHint')}
        rows={2}
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        required={status === 'done'}
        isOptional={status !== 'done'}
      />
      <ErrorAlert error={update.error} />
      <div className="cluster">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('taskforce.updateStatus')}
        </Button>
        <Button onClick={onDone}>{t('taskforce.cancel')}</Button>
      </div>
    </form>
  );
}

interface ActionItemTableProps {
  caption: string;
  items: readonly ActionItem[];
  /** Link each item to the meeting that decided it (on lists spanning meetings). */
  showMeeting?: boolean;
}

/** Action items with owner, deadline, status (overdue flagged) and evidence; updatable in place. */
export function ActionItemTable({ caption, items, showMeeting = false }: ActionItemTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canUpdate = useCanUpdate();
  const [editing, setEditing] = useState<string | null>(null);
  const columns: Column<ActionItem>[] = [
    { key: 'title', header: t('taskforce.itemTitle'), render: (i) => i.title },
    {
      key: 'owner',
      header: t('taskforce.owner'),
      render: (i) => (
        <span className="taskforce-tight">
          <span>{i.ownerAgencyName}</span>
          <span className="muted">{i.ownerPerson}</span>
        </span>
      ),
    },
    {
      key: 'due',
      header: t('taskforce.dueOn'),
      render: (i) => <span className={i.isOverdue ? 'taskforce-overdue' : undefined}>{format.day(i.dueOn)}</span>,
    },
    { key: 'status', header: t('taskforce.status'), render: (i) => <ActionItemStatusBadges item={i} /> },
    { key: 'evidence', header: t('taskforce.evidence'), render: (i) => i.evidence || '—' },
    ...(showMeeting
      ? [{ key: 'meeting', header: t('taskforce.meeting'), render: (i: ActionItem) => <Link to={`/taskforce/meetings/${i.meetingId}`}>{t('taskforce.openMeeting')}</Link> }]
      : []),
    {
      key: 'actions',
      header: t('taskforce.updateStatus'),
      render: (i) =>
        canUpdate(i) ? (
          <Button size="sm" aria-label={t('taskforce.updateStatusOf', { title: i.title })} onClick={() => setEditing(i.id)}>
            {t('taskforce.updateStatus')}
          </Button>
        ) : null,
    },
  ];
  const editedItem = items.find((i) => i.id === editing);
  return (
    <div className="stack">
      <Table caption={caption} columns={columns} rows={items} rowKey={(i) => i.id} empty={t('taskforce.noActionItems')} />
      {editedItem ? <ActionItemUpdateForm key={editedItem.id + editedItem.version} item={editedItem} onDone={() => setEditing(null)} /> : null}
    </div>
  );
}

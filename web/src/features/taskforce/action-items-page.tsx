import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, Checkbox, ErrorAlert, Loading, PageHeader, Select } from '../../ui';
import { ActionItemTable } from './action-item-table';
import { useActionItems, useBodies } from './taskforce-api';
import './taskforce.css';

/** /taskforce/action-items: every action item of the bodies the user sees, overdue ones flagged. */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const bodies = useBodies();
  const [bodyId, setBodyId] = useState('');
  const [overdue, setOverdue] = useState(false);
  const items = useActionItems({ bodyId: bodyId || undefined, overdue });
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/taskforce">{t('taskforce.backToBodies')}</Link>
      </p>
      <PageHeader title={t('taskforce.actionItems')} description={t('taskforce.actionItemsIntro')} />
      <Card title={t('taskforce.actionItems')}>
        <div className="stack">
          <div className="taskforce-filters">
            <Select
              label={t('taskforce.body')}
              value={bodyId}
              onChange={(e) => setBodyId(e.target.value)}
              emptyOption={t('taskforce.allBodies')}
              options={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
            <Checkbox label={t('taskforce.onlyOverdue')} checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          </div>
          {items.isPending ? (
            <Loading />
          ) : items.error ? (
            <ErrorAlert error={items.error} />
          ) : (
            <ActionItemTable caption={t('taskforce.actionItems')} items={items.data.items} showMeeting />
          )}
        </div>
      </Card>
    </div>
  );
}

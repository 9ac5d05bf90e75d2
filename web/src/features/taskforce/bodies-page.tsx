import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Body } from '#contracts/taskforce';
import { Card, ErrorAlert, Loading, PageHeader, Table } from '../../ui';
import { useBodies } from './taskforce-api';
import './taskforce.css';

/** /taskforce: the forums and task forces the user sees (a liaison: those of their agency). */
export function BodiesPage() {
  const { t } = useTranslation();
  const bodies = useBodies();
  const nameOf = (id: string | null) => bodies.data?.items.find((b) => b.id === id)?.name;
  return (
    <div className="stack">
      <PageHeader title={t('taskforce.title')} description={t('taskforce.intro')} />
      <p className="cluster">
        <Link to="/taskforce/action-items">{t('taskforce.actionItemsLink')}</Link>
        <Link to="/taskforce/matrix">{t('taskforce.matrixLink')}</Link>
      </p>
      <Card title={t('taskforce.bodies')}>
        {bodies.isPending ? (
          <Loading />
        ) : bodies.error ? (
          <ErrorAlert error={bodies.error} />
        ) : (
          <Table<Body>
            caption={t('taskforce.bodies')}
            rows={bodies.data.items}
            rowKey={(b) => b.id}
            columns={[
              {
                key: 'name',
                header: t('taskforce.name'),
                render: (b) => (
                  <span className="taskforce-tight">
                    <Link to={`/taskforce/bodies/${b.id}`}>{b.name}</Link>
                    {b.parentId ? <span className="muted">{nameOf(b.parentId)}</span> : null}
                  </span>
                ),
              },
              { key: 'kind', header: t('taskforce.kind'), render: (b) => t(`taskforce.kinds.${b.kind}`) },
              { key: 'members', header: t('taskforce.members'), render: (b) => b.members.length },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

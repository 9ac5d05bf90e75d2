import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { processSteps, raciRoles, type Matrix, type MatrixConflict, type ProcessStep } from '#contracts/taskforce';
import { useFormat } from '../../lib/format-context';
import { Alert, Badge, Button, Card, ErrorAlert, Loading, PageHeader, Table } from '../../ui';
import { useMe } from '../auth';
import { useAgencies } from '../agencies';
import { MatrixEditor } from './matrix-editor';
import { useMatrix, useMatrixVersions } from './taskforce-api';
import './taskforce.css';

/** Agencies by their short name where the directory knows it (the matrix carries full names). */
function useAgencyLabel(matrix: Matrix | undefined) {
  const agencies = useAgencies().data?.items ?? [];
  return (agencyId: string) =>
    agencies.find((a) => a.id === agencyId)?.shortName ?? matrix?.assignments.find((a) => a.agencyId === agencyId)?.agencyName ?? agencyId;
}

function ConflictList({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const label = useAgencyLabel(matrix);
  const describe = (c: MatrixConflict) =>
    t(`taskforce.matrix.conflictKinds.${c.kind}`, { step: t(`taskforce.matrix.steps.${c.step}`), agencies: c.agencyIds.map(label).join(', ') });
  if (matrix.conflicts.length === 0) return <Alert tone="success" isLive={false}>{t('taskforce.matrix.noConflicts')}</Alert>;
  return (
    <Alert tone="warning" isLive={false} title={t('taskforce.matrix.conflicts')}>
      <ul>
        {matrix.conflicts.map((c) => (
          <li key={`${c.step}-${c.kind}`}>{describe(c)}</li>
        ))}
      </ul>
    </Alert>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const label = useAgencyLabel(matrix);
  const conflicted = new Set(matrix.conflicts.map((c) => c.step));
  return (
    <Table<ProcessStep>
      caption={t('taskforce.matrix.title')}
      rows={processSteps}
      rowKey={(s) => s}
      columns={[
        {
          key: 'step',
          header: t('taskforce.matrix.step'),
          render: (s) => (
            <span className="taskforce-tight">
              <span>{t(`taskforce.matrix.steps.${s}`)}</span>
              {conflicted.has(s) ? <Badge tone="warning">{t('taskforce.matrix.conflicts')}</Badge> : null}
            </span>
          ),
        },
        ...raciRoles.map((role) => ({
          key: role,
          header: t(`taskforce.matrix.raci.${role}`),
          className: 'taskforce-wrap',
          render: (s: ProcessStep) =>
            matrix.assignments
              .filter((a) => a.step === s && a.role === role)
              .map((a) => label(a.agencyId))
              .join(', ') || t('taskforce.matrix.none'),
        })),
      ]}
    />
  );
}

/** /taskforce/matrix: RACI per TPPO step with its conflicts and versions; the coordinator edits it. */
export function MatrixPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [isEditing, setEditing] = useState(false);
  const matrix = useMatrix(version);
  const versions = useMatrixVersions();
  const canManage = me.data?.permissions.includes('taskforce.matrix.manage') ?? false;
  const m = matrix.data;
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/taskforce">{t('taskforce.backToBodies')}</Link>
      </p>
      <PageHeader
        title={t('taskforce.matrix.title')}
        description={t('taskforce.matrix.intro')}
        actions={
          canManage && m && version === undefined && !isEditing ? (
            <Button variant="primary" onClick={() => setEditing(true)}>
              {t('taskforce.matrix.edit')}
            </Button>
          ) : null
        }
      />
      {matrix.isPending ? <Loading /> : null}
      <ErrorAlert error={matrix.error} />
      {m ? (
        <>
          {isEditing ? <MatrixEditor matrix={m} onDone={() => setEditing(false)} /> : null}
          <Card title={m.version === 0 ? t('taskforce.matrix.title') : t('taskforce.matrix.version', { version: m.version })}>
            <div className="stack">
              {m.version === 0 ? (
                <p className="muted">{t('taskforce.matrix.noVersion')}</p>
              ) : (
                <p className="muted">
                  {t('taskforce.matrix.changedBy', { name: m.changedByName ?? '—', when: m.changedAt ? format.dateTime(m.changedAt) : '', reason: m.reason })}
                </p>
              )}
              {version !== undefined ? (
                <p className="cluster">
                  <span role="status">{t('taskforce.matrix.showing', { version })}</span>
                  <Button size="sm" onClick={() => setVersion(undefined)}>
                    {t('taskforce.matrix.showCurrent')}
                  </Button>
                </p>
              ) : null}
              <ConflictList matrix={m} />
              <MatrixTable matrix={m} />
            </div>
          </Card>
        </>
      ) : null}
      <Card title={t('taskforce.matrix.versions')}>
        {versions.isPending ? (
          <Loading />
        ) : versions.error ? (
          <ErrorAlert error={versions.error} />
        ) : (
          <Table
            caption={t('taskforce.matrix.versions')}
            rows={versions.data.items}
            rowKey={(v) => String(v.version)}
            empty={t('taskforce.matrix.noVersion')}
            columns={[
              { key: 'version', header: t('taskforce.matrix.versionColumn'), render: (v) => v.version },
              { key: 'when', header: t('taskforce.matrix.whenColumn'), render: (v) => format.dateTime(v.changedAt) },
              { key: 'who', header: t('taskforce.matrix.who'), render: (v) => v.changedByName ?? '—' },
              { key: 'reason', header: t('taskforce.matrix.reason'), render: (v) => v.reason },
              { key: 'conflicts', header: t('taskforce.matrix.conflictCount'), render: (v) => v.conflicts },
              {
                key: 'show',
                header: t('taskforce.matrix.view'),
                render: (v) => (
                  <Button size="sm" variant="ghost" onClick={() => (setEditing(false), setVersion(v.version))}>
                    {t('taskforce.matrix.show', { version: v.version })}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

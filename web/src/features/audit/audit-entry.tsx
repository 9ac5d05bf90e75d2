import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#contracts/audit';
import { useFormat } from '../../lib/format-context';
import { Badge, type BadgeTone } from '../../ui';
import { actionLabel } from './audit-labels';

const outcomeTone: Record<AuditEntry['outcome'], BadgeTone> = {
  success: 'success',
  failure: 'danger',
  denied: 'warning',
};

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="audit-json">
      <h3 className="audit-json__label">{label}</h3>
      <pre tabIndex={0}>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** One audit record: the summary in a row, the stored detail (before, after, details) on demand. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const object = entry.objectType
    ? `${entry.objectType}${entry.objectId ? ` · ${entry.objectId}` : ''}`
    : '—';
  return (
    <li className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
      <div className="audit-entry__summary">
        <span className="audit-entry__time">{format.dateTime(entry.occurredAt)}</span>
        <span className="audit-entry__action">
          <span className="cell-title">{actionLabel(t, entry.action)}</span>
          <code className="muted">{entry.action}</code>
        </span>
        <Badge tone={outcomeTone[entry.outcome]}>{t(`audit.outcomes.${entry.outcome}`)}</Badge>
        <span className="audit-entry__actor">{entry.actorEmail ?? t('audit.system')}</span>
        <span className="audit-entry__object muted">{object}</span>
        <button
          type="button"
          className="button button--ghost button--sm"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((o) => !o)}
        >
          {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
          <span className="visually-hidden">{` #${entry.seq}`}</span>
        </button>
      </div>
      <div id={panelId} className="audit-entry__details" hidden={!isOpen}>
        {isOpen ? (
          <>
            <dl className="definition-list">
              <dt>{t('audit.seq')}</dt>
              <dd>{entry.seq}</dd>
              <dt>{t('audit.requestId')}</dt>
              <dd>
                <code>{entry.requestId ?? '—'}</code>
              </dd>
              {entry.reason ? (
                <>
                  <dt>{t('audit.reason')}</dt>
                  <dd>{entry.reason}</dd>
                </>
              ) : null}
              <dt>{t('audit.hash')}</dt>
              <dd>
                <code className="audit-hash">{entry.hash ?? t('audit.notLinkedYet')}</code>
              </dd>
            </dl>
            <div className="audit-json-grid">
              <JsonBlock label={t('audit.before')} value={entry.before} />
              <JsonBlock label={t('audit.after')} value={entry.after} />
              <JsonBlock label={t('audit.details')} value={entry.details} />
            </div>
          </>
        ) : null}
      </div>
    </li>
  );
}

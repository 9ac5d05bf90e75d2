import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorAlert, Loading, PageHeader } from '../../ui';
import { useAuditLog, type AuditFilters as Filters } from './audit-api';
import { AuditEntryItem } from './audit-entry';
import { AuditFilters } from './audit-filters';
import { VerifyIntegrity } from './verify-integrity';

const signInPrefix = 'auth.';

function AuditLogList({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const log = useAuditLog(filters);
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorAlert error={log.error} />;
  const entries = log.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <p className="table-empty">{t('audit.empty')}</p>;
  return (
    <>
      <ol className="audit-list" aria-label={t('audit.listLabel')}>
        {entries.map((entry) => (
          <AuditEntryItem key={entry.seq} entry={entry} />
        ))}
      </ol>
      <div className="audit-more">
        {log.hasNextPage ? (
          <Button onClick={() => void log.fetchNextPage()} isPending={log.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        ) : (
          <p className="muted">{t('audit.end')}</p>
        )}
      </div>
    </>
  );
}

function AuditView({ fixedPrefix, title, intro }: { fixedPrefix?: string; title: string; intro: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ actionPrefix: fixedPrefix });
  return (
    <>
      <PageHeader title={title} description={intro} />
      <div className="stack">
        {fixedPrefix ? null : (
          <Card title={t('audit.verify.title')}>
            <VerifyIntegrity />
          </Card>
        )}
        <Card>
          <div className="stack">
            <AuditFilters fixedPrefix={fixedPrefix} onApply={setFilters} />
            <AuditLogList filters={filters} />
          </div>
        </Card>
      </div>
    </>
  );
}

/** The tamper-evident log of every change and sensitive read, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  return <AuditView title={t('audit.title')} intro={t('audit.intro')} />;
}

/** Sign-ins, failures and sign-outs: the audit log filtered to the `auth.` actions. */
export function SignInActivityPage() {
  const { t } = useTranslation();
  return (
    <AuditView fixedPrefix={signInPrefix} title={t('audit.signInTitle')} intro={t('audit.signInIntro')} />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '#contracts/common';
import { infoContentSlugs, type InfoContentSlug, type InfoDocument, type JobCheckRules, type RecruiterList } from '#contracts/public-info';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, Card, ErrorAlert, Loading, PageHeader, Select, Table, TextField, type Column } from '../../ui';
import { useInfoContent, useJobCheckRules, useRecruiterLists, useSaveInfoContent, useSaveJobCheckRules, useUploadRecruiterList } from './public-info-api';
import { useMe } from '../auth';
import { RecruiterFlagsCard } from './recruiter-flags-card';
import { VersionedJsonEditor } from './versioned-json-editor';

/** /public-info: what administrators and coordinators publish on the public /info pages. */
export function PublicInfoPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canFlag = me.data?.permissions.includes('public-info.flag') ?? false;
  return (
    <div className="stack">
      <PageHeader title={t('publicInfo.title')} description={t('publicInfo.intro')} />
      <RecruiterListCard />
      {canFlag && <RecruiterFlagsCard />}
      <ContentCard />
      <RulesCard />
    </div>
  );
}

function RecruiterListCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useRecruiterLists();
  const upload = useUploadRecruiterList();
  const [file, setFile] = useState<File | null>(null);
  const columns: Column<RecruiterList>[] = [
    { key: 'version', header: t('publicInfo.recruiters.version'), render: (l) => `${t('publicInfo.content.versionLabel', { version: l.version })}${l.isSample ? ` (${t('publicInfo.recruiters.sample')})` : ''}` },
    { key: 'file', header: t('publicInfo.recruiters.fileName'), render: (l) => l.fileName },
    { key: 'rows', header: t('publicInfo.recruiters.rows'), render: (l) => format.number(l.rowCount) },
    { key: 'at', header: t('publicInfo.recruiters.loadedAt'), render: (l) => format.dateTime(l.loadedAt) },
    { key: 'by', header: t('publicInfo.recruiters.by'), render: (l) => l.loadedByName ?? '—' },
  ];
  const issues = upload.error instanceof ApiError ? upload.error.issues : [];
  return (
    <Card title={t('publicInfo.recruiters.title')}>
      <div className="stack">
        <p>{t('publicInfo.recruiters.intro')}</p>
        <TextField label={t('publicInfo.recruiters.file')} type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <div className="cluster">
          <Button variant="primary" disabled={!file || upload.isPending} onClick={() => file && upload.mutate(file)}>
            {t('publicInfo.recruiters.upload')}
          </Button>
        </div>
        {upload.data && <Alert tone="success">{t('publicInfo.recruiters.uploaded', { version: upload.data.version, count: upload.data.rowCount })}</Alert>}
        <ErrorAlert error={upload.error} />
        {issues.length > 0 && (
          <div>
            <h3>{t('publicInfo.recruiters.problems')}</h3>
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}-${issue.code}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {lists.isPending ? (
          <Loading />
        ) : lists.error ? (
          <ErrorAlert error={lists.error} />
        ) : (
          <Table caption={t('publicInfo.recruiters.caption')} columns={columns} rows={lists.data.items} rowKey={(l) => l.id} empty={t('publicInfo.recruiters.empty')} />
        )}
      </div>
    </Card>
  );
}

function ContentCard() {
  const { t } = useTranslation();
  const [slug, setSlug] = useState<InfoContentSlug>('procedure');
  const [language, setLanguage] = useState<Locale>('id');
  const content = useInfoContent(slug, language);
  const save = useSaveInfoContent(slug, language);
  return (
    <Card title={t('publicInfo.content.title')}>
      <div className="stack">
        <p>{t('publicInfo.content.intro')}</p>
        <div className="cluster">
          <Select
            label={t('publicInfo.content.page')}
            value={slug}
            options={infoContentSlugs.map((s) => ({ value: s, label: t(`publicInfo.content.pages.${s}`) }))}
            onChange={(e) => setSlug(e.target.value as InfoContentSlug)}
          />
          <Select
            label={t('publicInfo.content.language')}
            value={language}
            options={locales.map((l) => ({ value: l, label: t(`publicInfo.content.languages.${l}`) }))}
            onChange={(e) => setLanguage(e.target.value as Locale)}
          />
        </div>
        {content.isPending ? (
          <Loading />
        ) : content.error ? (
          <ErrorAlert error={content.error} />
        ) : (
          <VersionedJsonEditor
            documentKey={`${slug}/${language}/${content.data.latest.version}`}
            label={t('publicInfo.content.document')}
            latest={{ ...content.data.latest, value: content.data.latest.document }}
            versions={content.data.versions}
            isSaving={save.isPending}
            error={save.error}
            savedVersion={save.data?.latest.version ?? null}
            onSave={(value, publish, baseVersion) => save.mutate({ document: value as InfoDocument, publish, baseVersion })}
          />
        )}
      </div>
    </Card>
  );
}

function RulesCard() {
  const { t } = useTranslation();
  const rules = useJobCheckRules();
  const save = useSaveJobCheckRules();
  return (
    <Card title={t('publicInfo.rules.title')}>
      <div className="stack">
        <p>{t('publicInfo.rules.intro')}</p>
        {rules.isPending ? (
          <Loading />
        ) : rules.error ? (
          <ErrorAlert error={rules.error} />
        ) : (
          <VersionedJsonEditor
            documentKey={`rules/${rules.data.latest.version}`}
            label={t('publicInfo.rules.document')}
            latest={{ ...rules.data.latest, value: rules.data.latest.rules }}
            versions={rules.data.versions}
            isSaving={save.isPending}
            error={save.error}
            savedVersion={save.data?.latest.version ?? null}
            onSave={(value, publish, baseVersion) => save.mutate({ rules: value as JobCheckRules, publish, baseVersion })}
          />
        )}
      </div>
    </Card>
  );
}

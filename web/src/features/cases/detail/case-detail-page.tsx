import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetail, PersonIdentity } from '#contracts/cases';
import type { Me } from '#contracts/auth';
import { discoveryChannel } from '#contracts/codes/cases';
import { useFormat } from '../../../lib/format-context';
import { ErrorAlert, Loading, PageHeader, Tabs, type TabItem } from '../../../ui';
import { useMe } from '../../auth';
import { useAgencies } from '../../agencies';
import { AccessBadge, SensitivityBadge, StatusBadge } from '../case-badges';
import { useCodes } from '../code-labels';
import { useCase } from '../cases-api';
import { useProvenanceText } from '../provenance';
import { PeopleSection } from '../people/people-section';
import { RouteSection } from '../route/route-section';
import { AttachmentsSection } from './attachments-section';
import { CaseSummary } from './case-summary';
import { CommentsSection } from './comments-section';
import { HistorySection } from './history-section';
import { SharingSection } from './sharing-section';
import { StatusHistory, StatusWorkflow } from './status-workflow';

// The community tips linked to the case, with the tips section's messages, only for users who may read tips.
const CaseTipsCard = lazy(() =>
  import('../../tips').then(async (m) => {
    await m.loadTipsMessages();
    return { default: m.CaseTipsCard };
  }),
);

// Who is responsible for the step the case is at, from the task force's matrix, for its readers.
const CaseResponsibilityCard = lazy(() =>
  import('../../taskforce').then(async (m) => {
    await m.loadTaskforceMessages();
    return { default: m.CaseResponsibilityCard };
  }),
);

const tabKeys = ['summary', 'people', 'route', 'documents', 'comments', 'history', 'sharing'] as const;
type TabKey = (typeof tabKeys)[number];

function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label } = useCodes();
  const agencies = useAgencies();
  const agency = agencies.data?.items.find((a) => a.id === detail.owningAgency.id);
  const provenanceText = useProvenanceText();
  return (
    <>
      <PageHeader title={detail.title} description={detail.number} />
      <div className="cluster case-badges">
        <StatusBadge status={detail.status} />
        <SensitivityBadge value={detail.sensitivity} />
        <AccessBadge access={detail.access} />
      </div>
      <dl className="case-meta">
        <div>
          <dt>{t('cases.fields.owningAgency')}</dt>
          <dd>{agency ? `${agency.shortName} — ${agency.name}` : detail.owningAgency.name}</dd>
        </div>
        <div>
          <dt>{t('cases.fields.leadOfficer')}</dt>
          <dd>{detail.leadOfficer?.name ?? t('cases.fields.noLead')}</dd>
        </div>
        <div>
          <dt>{t('cases.fields.reportedOn')}</dt>
          <dd>{format.day(detail.reportedOn)}</dd>
        </div>
        {detail.provenance ? (
          <div className="case-meta__wide">
            <dt>{t('cases.provenance.label')}</dt>
            <dd data-testid="provenance">
              {provenanceText(detail.provenance)}
              {detail.provenance.caseRef ? (
                <>
                  <br />
                  <span className="muted">{t('cases.provenance.caseRef', { ref: detail.provenance.caseRef })}</span>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('cases.fields.discoveryChannel')}</dt>
          <dd>{label(discoveryChannel, detail.discoveryChannel)}</dd>
        </div>
      </dl>
    </>
  );
}

function TabContent({
  tab,
  detail,
  me,
  revealed,
  onRevealed,
}: {
  tab: TabKey;
  detail: CaseDetail;
  me: Me;
  revealed: ReadonlyMap<string, PersonIdentity>;
  onRevealed: (casePersonId: string, identity: PersonIdentity) => void;
}) {
  const canReveal = me.permissions.includes('cases.identity.view') && detail.access !== 'coordinator';
  switch (tab) {
    case 'summary':
      return (
        <div className="summary-layout">
          <CaseSummary detail={detail} me={me} />
          <div className="stack">
            <StatusHistory detail={detail} />
            {me.permissions.includes('tips.read') && (
              <Suspense fallback={<Loading />}>
                <CaseTipsCard caseId={detail.id} />
              </Suspense>
            )}
            {me.permissions.includes('taskforce.read') && (
              <Suspense fallback={<Loading />}>
                <CaseResponsibilityCard status={detail.status} discoveryChannel={detail.discoveryChannel} />
              </Suspense>
            )}
          </div>
        </div>
      );
    case 'people':
      return (
        <PeopleSection detail={detail} canReveal={canReveal} revealed={revealed} onRevealed={onRevealed} />
      );
    case 'route':
      return <RouteSection detail={detail} />;
    case 'documents':
      return <AttachmentsSection detail={detail} />;
    case 'comments':
      return <CommentsSection caseId={detail.id} canComment={me.permissions.includes('cases.comment')} />;
    case 'history':
      return <HistorySection detail={detail} />;
    case 'sharing':
      return <SharingSection detail={detail} />;
  }
}

/** One case's page; another case is another page, so nothing revealed on one carries over. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  return <CaseView key={id} id={id} />;
}

/**
 * One case: header, workflow, and its parts in tabs (the tab is in the address). Identities
 * revealed here are kept in this page's memory only, for as long as the page is open.
 */
function CaseView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const detail = useCase(id);
  const [revealed, setRevealed] = useState<ReadonlyMap<string, PersonIdentity>>(new Map());

  if (detail.isPending || !me.data) return <Loading />;
  if (detail.isError) {
    return (
      <div className="stack">
        <PageHeader title={t('cases.list.title')} />
        <ErrorAlert error={detail.error} />
        <Link to="/cases">{t('cases.backToList')}</Link>
      </div>
    );
  }
  const c = detail.data;
  const tabs: TabItem<TabKey>[] = tabKeys
    .filter((key) => key !== 'sharing' || c.canShare)
    .map((key) => ({
      key,
      label: t(`cases.tabs.${key}`, { n: key === 'people' ? c.people.length : c.route.length }),
    }));
  const requested = tabs.find((tab) => tab.key === params.get('tab'))?.key ?? 'summary';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/cases">{t('cases.backToList')}</Link>
      </p>
      <CaseHeader detail={c} />
      <StatusWorkflow detail={c} />
      <Tabs
        label={t('cases.tabs.label')}
        tabs={tabs}
        selected={requested}
        onSelect={(key) => setParams(key === 'summary' ? {} : { tab: key }, { replace: true })}
      >
        <TabContent
          tab={requested}
          detail={c}
          me={me.data}
          revealed={revealed}
          onRevealed={(casePersonId, identity) =>
            setRevealed((current) => new Map(current).set(casePersonId, identity))
          }
        />
      </Tabs>
    </>
  );
}

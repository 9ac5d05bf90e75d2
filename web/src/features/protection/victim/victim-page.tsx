import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading, PageHeader } from '../../../ui';
import { useMe } from '../../auth';
import { useProtectionRecord } from '../protection-api';
import { AssessmentSection, ConsentSection, PlanSection } from './care-sections';
import { useVictimLabel } from './codes';
import { ClosureSection, FollowUpSection, ReferralSection, ReturnPathSection } from './path-sections';

/**
 * /protection/victims/:id: one victim's protection record, named by pseudonym only (the record
 * never carries identity; a shelter's case worker sees it only while a referral to them is open).
 */
export function VictimProtectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const record = useProtectionRecord(id);
  const victimLabel = useVictimLabel();
  if (record.isPending || !me.data) return <Loading />;
  if (record.isError)
    return (
      <div className="stack">
        <PageHeader title={t('protection.victimTitle')} />
        <ErrorAlert error={record.error} />
        <Link to="/protection">{t('protection.backToReferrals')}</Link>
      </div>
    );
  const r = record.data;
  const canManage = me.data.permissions.includes('protection.manage');
  const canOpenCase = me.data.permissions.includes('protection.case-victims') && me.data.permissions.includes('cases.read');
  return (
    <div className="stack">
      <p className="breadcrumb cluster">
        <Link to="/protection">{t('protection.backToReferrals')}</Link>
        {canOpenCase ? <Link to={`/cases/${r.caseId}?tab=people`}>{t('protection.openCase')}</Link> : null}
      </p>
      <PageHeader
        title={t('protection.victimTitleOf', { victim: victimLabel(r.pseudonym) })}
        description={r.closure ? t('protection.closure.closed') : t('protection.victimIntro')}
      />
      <ConsentSection record={r} canManage={canManage} />
      <AssessmentSection record={r} canManage={canManage} />
      <PlanSection record={r} canManage={canManage} />
      <ReferralSection record={r} canManage={canManage} />
      <ReturnPathSection record={r} canManage={canManage} />
      <FollowUpSection record={r} canManage={canManage} />
      <ClosureSection record={r} canManage={canManage} />
    </div>
  );
}

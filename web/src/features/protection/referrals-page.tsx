import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { referralReason } from '#contracts/codes/protection';
import { referralBoxes, type Referral } from '#contracts/protection';
import { isLocale } from '../../lib/i18n';
import { useFormat } from '../../lib/format-context';
import { Button, Card, ErrorAlert, Loading, PageHeader, Select, Table, TextArea, type Column } from '../../ui';
import { useMe } from '../auth';
import { useMoveReferral, useReferrals, type ReferralBox } from './protection-api';
import { RevokeReferral } from './revoke-referral';
import { useProtectionCodes, useProviderName, useVictimLabel } from './victim/codes';
import { ReferralStatusBadges } from './victim/path-sections';

/** /protection: the referrals of the user's agency: accept, decline or complete incoming ones, revoke sent ones. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'id';
  const format = useFormat();
  const [box, setBox] = useState<ReferralBox>('to-me');
  const me = useMe();
  const referrals = useReferrals(box);
  const move = useMoveReferral();
  const victimLabel = useVictimLabel();
  const { agencyName } = useProtectionCodes();
  const providerName = useProviderName();
  const [declining, setDeclining] = useState<{ referral: Referral; reason: string } | null>(null);
  // Only the receiving agency may answer a pending referral.
  const mayAnswer = (r: Referral) => r.status === 'pending' && r.toAgencyId === me.data?.agency.id;
  const columns: Column<Referral>[] = [
    {
      key: 'victim',
      header: t('protection.victim'),
      render: (r) => <Link to={`/protection/victims/${r.casePersonId}`}>{victimLabel(r.victimPseudonym)}</Link>,
    },
    {
      key: 'agencies',
      header: t('protection.fromTo'),
      render: (r) => `${agencyName(r.fromAgencyId)} → ${agencyName(r.toAgencyId)}`,
    },
    { key: 'provider', header: t('protection.plan.provider'), render: (r) => providerName(r.providerId) },
    { key: 'reason', header: t('protection.reason'), render: (r) => referralReason.label(r.reason, locale) },
    { key: 'due', header: t('protection.due'), render: (r) => format.day(r.dueOn) },
    {
      key: 'status',
      header: t('protection.status'),
      render: (r) => <ReferralStatusBadges referral={r} />,
    },
    {
      key: 'actions',
      header: t('protection.actions'),
      render: (r) =>
        mayAnswer(r) ? (
          <span className="cluster">
            <Button size="sm" disabled={move.isPending} onClick={() => move.mutate({ id: r.id, to: 'accepted', reason: '', version: r.version })}>
              {t('protection.accept')}
            </Button>
            <Button size="sm" variant="danger" onClick={() => setDeclining({ referral: r, reason: '' })}>
              {t('protection.decline')}
            </Button>
          </span>
        ) : r.status === 'accepted' && r.toAgencyId === me.data?.agency.id ? (
          <Button size="sm" disabled={move.isPending} onClick={() => move.mutate({ id: r.id, to: 'completed', reason: '', version: r.version })}>
            {t('protection.complete')}
          </Button>
        ) : r.fromAgencyId === me.data?.agency.id ? (
          <RevokeReferral referral={r} />
        ) : null,
    },
  ];
  return (
    <div className="stack">
      <PageHeader title={t('protection.title')} description={t('protection.intro')} />
      {me.data?.permissions.includes('protection.providers.manage') ? (
        <p>
          <Link to="/protection/providers">{t('protection.providersLink')}</Link>
        </p>
      ) : null}
      <Card title={t('protection.caption')}>
        <div className="stack">
          <Select
            label={t('protection.boxLabel')}
            value={box}
            onChange={(e) => setBox(e.target.value as ReferralBox)}
            options={referralBoxes.map((b) => ({ value: b, label: t(`protection.boxes.${b}`) }))}
          />
          {declining && (
            <div className="stack">
              <TextArea
                label={t('protection.declineReason')}
                rows={2}
                value={declining.reason}
                onChange={(e) => setDeclining({ ...declining, reason: e.target.value })}
              />
              <div className="cluster">
                <Button
                  variant="danger"
                  disabled={move.isPending}
                  onClick={() =>
                    move.mutate(
                      { id: declining.referral.id, to: 'declined', reason: declining.reason, version: declining.referral.version },
                      { onSuccess: () => setDeclining(null) },
                    )
                  }
                >
                  {t('protection.confirmDecline')}
                </Button>
                <Button onClick={() => setDeclining(null)}>{t('protection.cancel')}</Button>
              </div>
            </div>
          )}
          <ErrorAlert error={move.error} />
          {referrals.isPending ? (
            <Loading />
          ) : referrals.error ? (
            <ErrorAlert error={referrals.error} />
          ) : (
            <Table caption={t(`protection.boxes.${box}`)} columns={columns} rows={referrals.data.items} rowKey={(r) => r.id} empty={t('protection.empty')} />
          )}
        </div>
      </Card>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '#contracts/protection';
import { Button, ErrorAlert, TextArea } from '../../ui';
import { useMoveReferral } from './protection-api';

/** The sender withdraws an open referral, with a reason. */
export function RevokeReferral({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const move = useMoveReferral();
  const [reason, setReason] = useState<string | null>(null);
  if (referral.status !== 'pending' && referral.status !== 'accepted') return null;
  if (reason === null)
    return (
      <Button size="sm" variant="danger" onClick={() => setReason('')}>
        {t('protection.revoke')}
      </Button>
    );
  return (
    <div className="stack">
      <TextArea label={t('protection.revokeReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <ErrorAlert error={move.error} />
      <div className="cluster">
        <Button
          size="sm"
          variant="danger"
          isPending={move.isPending}
          onClick={() => move.mutate({ id: referral.id, to: 'revoked', reason, version: referral.version }, { onSuccess: () => setReason(null) })}
        >
          {t('protection.confirmRevoke')}
        </Button>
        <Button size="sm" onClick={() => setReason(null)}>
          {t('protection.cancel')}
        </Button>
      </div>
    </div>
  );
}

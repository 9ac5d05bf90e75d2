import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shareRequestSchema, type CaseDetail } from '#contracts/cases';
import { endOfDay } from '../../../lib/format';
import { useFormat } from '../../../lib/format-context';
import { useFocusFirstInvalid, useFormValues } from '../../../lib/use-form';
import { Alert, Badge, Button, Card, ErrorAlert, Select, Table, TextArea, TextField } from '../../../ui';
import { useAgencies } from '../../agencies';
import { useRevokeShare, useShareCase } from '../case-parts-api';
import { checkWith, serverErrorsByPath } from '../contract-check';
import { ReasonDialog } from '../reason-dialog';

type Share = CaseDetail['shares'][number];

function shareState(share: Share, now: number): 'active' | 'expired' | 'revoked' {
  if (share.revokedAt) return 'revoked';
  if (share.expiresAt && Date.parse(share.expiresAt) <= now) return 'expired';
  return 'active';
}

function ShareForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const agencies = useAgencies();
  const share = useShareCase(detail.id);
  const form = useFormValues({ agencyId: '', access: 'read', reason: '', expiresOn: '' });
  const formRef = useFocusFirstInvalid([form.clientErrors, share.error]);
  const errors = { ...serverErrorsByPath(t, share.error), ...form.clientErrors };
  if (errors.expiresAt) errors.expiresOn = errors.expiresAt;
  const { bind } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { expiresOn, ...rest } = form.values;
    // An expiry is a day: the share lasts until that day ends in the user's time zone.
    const request = {
      ...rest,
      expiresAt: expiresOn ? new Date(endOfDay(expiresOn, timeZone)).toISOString() : null,
    };
    const checked = checkWith(t, shareRequestSchema, request);
    form.setClientErrors(checked.errors ? { ...checked.errors, expiresOn: checked.errors.expiresAt } : {});
    if (checked.data)
      share.mutate(checked.data, {
        onSuccess: () => form.setValues({ agencyId: '', access: 'read', reason: '', expiresOn: '' }),
      });
  };

  const others = (agencies.data?.items ?? []).filter((agency) => agency.id !== detail.owningAgency.id);
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="share-form">
      <div className="form-grid">
        <Select
          label={t('cases.sharing.agency')}
          required
          emptyOption={agencies.isPending ? t('common.loading') : t('common.choose')}
          options={others.map((agency) => ({
            value: agency.id,
            label: `${agency.shortName} — ${agency.name}`,
          }))}
          {...bind('agencyId')}
          error={errors.agencyId}
        />
        <Select
          label={t('cases.sharing.access')}
          hint={t(`cases.sharing.accessHints.${form.values.access === 'contribute' ? 'contribute' : 'read'}`)}
          options={[
            { value: 'read', label: t('cases.sharing.accessLevels.read') },
            { value: 'contribute', label: t('cases.sharing.accessLevels.contribute') },
          ]}
          {...bind('access')}
          error={errors.access}
        />
        <TextField
          label={t('cases.sharing.expiresOn')}
          hint={t('cases.sharing.expiresOnHint')}
          type="date"
          isOptional
          {...bind('expiresOn')}
          error={errors.expiresOn}
        />
      </div>
      <TextArea
        label={t('cases.reason.label')}
        hint={t('cases.sharing.reasonHint')}
        required
        {...bind('reason')}
        error={errors.reason}
      />
      {share.isSuccess ? (
        <Alert tone="success">{t('cases.sharing.shared', { agency: share.data.agency.name })}</Alert>
      ) : null}
      {Object.keys(errors).length > 0 ? null : <ErrorAlert error={share.error} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={share.isPending}>
          {t('cases.sharing.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Who else may open the case (owner only): share with an agency, see the shares, revoke them. */
export function SharingSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeShare(detail.id);
  const [revoking, setRevoking] = useState<Share | null>(null);
  const [now] = useState(() => Date.now());
  const tones = { active: 'success', expired: 'neutral', revoked: 'neutral' } as const;
  return (
    <div className="stack">
      <Card title={t('cases.sharing.title')}>
        <div className="stack">
          <p className="muted">{t('cases.sharing.intro')}</p>
          <ShareForm detail={detail} />
        </div>
      </Card>
      <Card title={t('cases.sharing.listTitle')}>
        <Table
          caption={t('cases.sharing.listTitle')}
          rows={detail.shares}
          rowKey={(share) => share.id}
          empty={t('cases.sharing.none')}
          columns={[
            { key: 'agency', header: t('cases.sharing.agency'), render: (s) => s.agency.name },
            {
              key: 'access',
              header: t('cases.sharing.access'),
              render: (s) => t(`cases.sharing.accessLevels.${s.access}`),
            },
            {
              key: 'state',
              header: t('cases.fields.status'),
              render: (s) => (
                <Badge tone={tones[shareState(s, now)]}>
                  {t(`cases.sharing.states.${shareState(s, now)}`)}
                </Badge>
              ),
            },
            {
              key: 'expires',
              header: t('cases.sharing.expiresAt'),
              render: (s) => (s.expiresAt ? format.dateTime(s.expiresAt) : t('cases.sharing.noExpiry')),
            },
            { key: 'reason', header: t('cases.reason.label'), render: (s) => s.reason },
            {
              key: 'by',
              header: t('cases.sharing.sharedBy'),
              render: (s) => t('cases.byWhen', { who: s.createdBy, when: format.dateTime(s.createdAt) }),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              render: (s) =>
                shareState(s, now) === 'active' ? (
                  <Button
                    size="sm"
                    variant="danger"
                    onClick={() => {
                      revoke.reset();
                      setRevoking(s);
                    }}
                    aria-label={t('cases.sharing.revokeLabel', { agency: s.agency.name })}
                  >
                    {t('cases.sharing.revoke')}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      {revoking ? (
        <ReasonDialog
          title={t('cases.sharing.revokeTitle', { agency: revoking.agency.name })}
          description={t('cases.sharing.revokeIntro')}
          minLength={3}
          confirmLabel={t('cases.sharing.revoke')}
          tone="danger"
          isPending={revoke.isPending}
          error={revoke.error}
          onConfirm={(reason) =>
            revoke.mutate({ shareId: revoking.id, reason }, { onSuccess: () => setRevoking(null) })
          }
          onCancel={() => setRevoking(null)}
        />
      ) : null}
    </div>
  );
}

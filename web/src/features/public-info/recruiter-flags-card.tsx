import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecruiterFlag } from '#contracts/public-info';
import { useFormat } from '../../lib/format-context';
import { Alert, Badge, Button, Card, ErrorAlert, Loading, Table, TextArea, TextField, type Column } from '../../ui';
import { useReauthentication } from '../auth';
import { useFlagRecruiter, useRecruiterFlags, useWithdrawFlag } from './public-info-api';

const emptyForm = { name: '', licenceNumber: '', publicNote: '', reason: '', caseNumber: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Coordinators flag a recruiter publicly as illegal (password confirmed again) and withdraw flags. */
export function RecruiterFlagsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const reauthentication = useReauthentication();
  const flags = useRecruiterFlags();
  const flag = useFlagRecruiter(reauthentication.run);
  const withdraw = useWithdrawFlag(reauthentication.run);
  const [form, setForm] = useState(emptyForm);
  const [withdrawing, setWithdrawing] = useState<{ flag: RecruiterFlag; reason: string } | null>(null);
  const field = (name: keyof typeof emptyForm) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((current) => ({ ...current, [name]: e.target.value })),
  });
  const submit = () =>
    flag.mutate(
      { name: form.name, licenceNumber: orNull(form.licenceNumber), publicNote: form.publicNote, reason: form.reason, caseNumber: orNull(form.caseNumber) },
      { onSuccess: () => setForm(emptyForm) },
    );
  const columns: Column<RecruiterFlag>[] = [
    { key: 'name', header: t('publicInfo.flags.name'), render: (f) => `${f.name}${f.licenceNumber ? ` (${f.licenceNumber})` : ''}` },
    { key: 'note', header: t('publicInfo.flags.publicNote'), render: (f) => f.publicNote },
    { key: 'at', header: t('publicInfo.flags.flaggedAt'), render: (f) => `${format.dateTime(f.flaggedAt)} ${f.flaggedByName ?? ''}` },
    {
      key: 'status',
      header: t('publicInfo.flags.status'),
      render: (f) =>
        f.withdrawnAt ? (
          <Badge tone="neutral">{t('publicInfo.flags.withdrawn')}</Badge>
        ) : (
          <Button size="sm" onClick={() => setWithdrawing({ flag: f, reason: '' })}>
            {t('publicInfo.flags.withdraw')}
          </Button>
        ),
    },
  ];
  return (
    <Card title={t('publicInfo.flags.title')}>
      <div className="stack">
        <p>{t('publicInfo.flags.intro')}</p>
        <TextField label={t('publicInfo.flags.name')} {...field('name')} />
        <TextField label={t('publicInfo.flags.licenceNumber')} isOptional {...field('licenceNumber')} />
        <TextArea label={t('publicInfo.flags.publicNote')} rows={2} {...field('publicNote')} />
        <TextArea label={t('publicInfo.flags.reason')} rows={2} {...field('reason')} />
        <TextField label={t('publicInfo.flags.caseNumber')} isOptional {...field('caseNumber')} />
        <div className="cluster">
          <Button variant="danger" disabled={flag.isPending} onClick={submit}>
            {t('publicInfo.flags.submit')}
          </Button>
        </div>
        {flag.data && <Alert tone="success">{t('publicInfo.flags.created', { name: flag.data.name })}</Alert>}
        <ErrorAlert error={flag.error} />
        {withdrawing && (
          <div className="stack">
            <TextArea
              label={t('publicInfo.flags.withdrawReason', { name: withdrawing.flag.name })}
              rows={2}
              value={withdrawing.reason}
              onChange={(e) => setWithdrawing({ ...withdrawing, reason: e.target.value })}
            />
            <div className="cluster">
              <Button
                variant="primary"
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate({ id: withdrawing.flag.id, reason: withdrawing.reason }, { onSuccess: () => setWithdrawing(null) })}
              >
                {t('publicInfo.flags.confirmWithdraw')}
              </Button>
            </div>
            <ErrorAlert error={withdraw.error} />
          </div>
        )}
        {flags.isPending ? (
          <Loading />
        ) : flags.error ? (
          <ErrorAlert error={flags.error} />
        ) : (
          <Table caption={t('publicInfo.flags.caption')} columns={columns} rows={flags.data.items} rowKey={(f) => f.id} empty={t('publicInfo.flags.empty')} />
        )}
      </div>
      {reauthentication.dialog}
    </Card>
  );
}

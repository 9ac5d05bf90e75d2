import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tipChannels, type TipChannel } from '#contracts/tips';
import { Alert, Button, Card, Checkbox, CopyButton, ErrorAlert, PageHeader, Select, TextArea, TextField } from '../../ui';
import { useCreateStaffTip } from './tips-api';
import './tips.css';

type StaffChannel = Exclude<TipChannel, 'web'>;
const staffChannels = tipChannels.filter((c): c is StaffChannel => c !== 'web');

const empty = {
  channel: 'phone' as StaffChannel,
  what: '',
  regionCode: '',
  whereDescription: '',
  whenDate: '',
  whenDescription: '',
  who: '',
  imminentDeparture: false,
  childrenInvolved: false,
  contact: '',
  issueReceipt: true,
};

/** /tips/new: a tip taken by phone, WhatsApp, SMS, paper or in person; optionally a receipt code to pass on. */
export function NewTipPage() {
  const { t } = useTranslation();
  const create = useCreateStaffTip();
  const [form, setForm] = useState(empty);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setForm({ ...form, [key]: value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate({
      channel: form.channel,
      what: form.what,
      where: { regionCode: form.regionCode.trim() || null, portId: null, point: null, description: form.whereDescription },
      when: { date: form.whenDate || null, description: form.whenDescription },
      who: form.who,
      imminentDeparture: form.imminentDeparture,
      childrenInvolved: form.childrenInvolved,
      contact: form.contact,
      issueReceipt: form.issueReceipt,
    });
  };
  if (create.data) {
    const { tip, receipt } = create.data;
    return (
      <div className="stack">
        <PageHeader title={t('tips.savedTitle')} />
        {receipt && (
          <Card title={t('tips.receiptTitle')}>
            <div className="stack">
              <p className="tips-receipt" data-testid="staff-receipt">{receipt}</p>
              <CopyButton text={receipt} />
              <Alert tone="warning">{t('tips.receiptHint')}</Alert>
            </div>
          </Card>
        )}
        <div className="cluster">
          <Link className="button button--primary" to={`/tips/${tip.id}`}>
            {t('tips.openSaved')}
          </Link>
          <Button onClick={() => { create.reset(); setForm(empty); }}>{t('tips.another')}</Button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <Link to="/tips">{t('tips.back')}</Link>
      <PageHeader title={t('tips.newTitle')} description={t('tips.newIntro')} />
      <Card>
        <form className="stack" onSubmit={submit}>
          <Select
            label={t('tips.channel')}
            value={form.channel}
            onChange={(e) => set('channel', e.target.value as StaffChannel)}
            options={staffChannels.map((c) => ({ value: c, label: t(`tips.channels.${c}`) }))}
          />
          <TextArea label={t('tips.what')} rows={5} required minLength={10} value={form.what} onChange={(e) => set('what', e.target.value)} />
          <TextField label={t('tips.whereDescription')} isOptional value={form.whereDescription} onChange={(e) => set('whereDescription', e.target.value)} />
          <TextField label={t('tips.region')} hint={t('tips.regionHint')} isOptional value={form.regionCode} onChange={(e) => set('regionCode', e.target.value)} />
          <TextField label={t('tips.whenDate')} type="date" isOptional value={form.whenDate} onChange={(e) => set('whenDate', e.target.value)} />
          <TextField label={t('tips.whenDescription')} isOptional value={form.whenDescription} onChange={(e) => set('whenDescription', e.target.value)} />
          <TextArea label={t('tips.who')} rows={3} isOptional value={form.who} onChange={(e) => set('who', e.target.value)} />
          <Checkbox label={t('tips.imminent')} checked={form.imminentDeparture} onChange={(e) => set('imminentDeparture', e.target.checked)} />
          <Checkbox label={t('tips.children')} checked={form.childrenInvolved} onChange={(e) => set('childrenInvolved', e.target.checked)} />
          <TextField label={t('tips.contact')} hint={t('tips.contactFieldHint')} isOptional value={form.contact} onChange={(e) => set('contact', e.target.value)} />
          <Checkbox label={t('tips.issueReceipt')} description={t('tips.issueReceiptHint')} checked={form.issueReceipt} onChange={(e) => set('issueReceipt', e.target.checked)} />
          <ErrorAlert error={create.error} />
          <div>
            <Button type="submit" variant="primary" disabled={create.isPending}>
              {t('tips.save')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

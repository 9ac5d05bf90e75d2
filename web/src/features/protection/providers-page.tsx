import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportType } from '#contracts/codes/protection';
import type { Provider } from '#contracts/protection';
import { Card, CheckboxGroup, ErrorAlert, Loading, PageHeader, Select, Table, TextField, Button } from '../../ui';
import { useCreateProvider, useProviders } from './protection-api';
import { useProtectionCodes } from './victim/codes';

/** /protection/providers: the service-provider directory, and adding to it (`protection.providers.manage`). */
export function ProvidersPage() {
  const { t } = useTranslation();
  const { labels, options, agencies, agencyName } = useProtectionCodes();
  const providers = useProviders();
  const create = useCreateProvider();
  const [name, setName] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [services, setServices] = useState<string[]>([]);
  const [capacity, setCapacity] = useState('');
  const [contactHours, setContactHours] = useState('');
  const [phone, setPhone] = useState('');
  return (
    <div className="stack">
      <PageHeader title={t('protection.providers.title')} description={t('protection.providers.intro')} />
      <Card title={t('protection.providers.list')}>
        {providers.isPending ? (
          <Loading />
        ) : providers.error ? (
          <ErrorAlert error={providers.error} />
        ) : (
          <Table<Provider>
            caption={t('protection.providers.list')}
            rows={providers.data.items}
            rowKey={(p) => p.id}
            empty={t('protection.providers.none')}
            columns={[
              { key: 'name', header: t('protection.providers.name'), render: (p) => p.name },
              { key: 'agency', header: t('protection.agency'), render: (p) => (p.agencyId ? agencyName(p.agencyId) : '—') },
              { key: 'services', header: t('protection.providers.services'), render: (p) => labels(supportType, p.services) },
              { key: 'capacity', header: t('protection.providers.capacity'), render: (p) => p.capacity ?? '—' },
              { key: 'hours', header: t('protection.providers.contactHours'), render: (p) => [p.contactHours, p.phone].filter(Boolean).join(' · ') || '—' },
            ]}
          />
        )}
      </Card>
      <Card title={t('protection.providers.add')}>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(
              {
                name,
                agencyId: agencyId || null,
                services: services as Provider['services'],
                capacity: capacity ? Number(capacity) : null,
                contactHours,
                phone: phone || null,
              },
              { onSuccess: () => (setName(''), setServices([])) },
            );
          }}
        >
          <TextField label={t('protection.providers.name')} value={name} onChange={(e) => setName(e.target.value)} required minLength={2} />
          <Select
            label={t('protection.agency')}
            hint={t('protection.providers.agencyHint')}
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            emptyOption={t('protection.providers.noAgency')}
            options={agencies.map((a) => ({ value: a.id, label: `${a.shortName} — ${a.name}` }))}
            isOptional
          />
          <CheckboxGroup legend={t('protection.providers.services')} options={options(supportType)} value={services} onChange={setServices} />
          <TextField label={t('protection.providers.capacity')} type="number" min={0} value={capacity} onChange={(e) => setCapacity(e.target.value)} isOptional />
          <TextField label={t('protection.providers.contactHours')} value={contactHours} onChange={(e) => setContactHours(e.target.value)} isOptional />
          <TextField label={t('protection.providers.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} isOptional />
          <ErrorAlert error={create.error} />
          <div className="cluster">
            <Button type="submit" variant="primary" isPending={create.isPending}>
              {t('protection.providers.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

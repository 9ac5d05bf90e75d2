import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportType } from '#contracts/codes/protection';
import type { Provider } from '#contracts/protection';
import { isApiError } from '../../lib/api';
import {
  Badge,
  Card,
  CheckboxGroup,
  ErrorAlert,
  Loading,
  PageHeader,
  Select,
  Table,
  TextField,
  Button,
  VersionConflictAlert,
} from '../../ui';
import { useCreateProvider, useProviders, useUpdateProvider } from './protection-api';
import { useProtectionCodes } from './victim/codes';

/**
 * /protection/providers: the service-provider directory, adding to it, correcting and (de)activating
 * its entries (`protection.providers.manage`). A deactivated provider stays listed here, marked, and
 * is no longer offered when planning services or referring.
 */
export function ProvidersPage() {
  const { t } = useTranslation();
  const { labels, options, agencies, agencyName } = useProtectionCodes();
  const providers = useProviders(true);
  const create = useCreateProvider();
  const update = useUpdateProvider();
  /** The provider being corrected in the form below, or null when the form adds a new one. */
  const [editing, setEditing] = useState<Provider | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [services, setServices] = useState<string[]>([]);
  const [capacity, setCapacity] = useState('');
  const [contactHours, setContactHours] = useState('');
  const [phone, setPhone] = useState('');
  const fill = (p: Provider | null) => {
    setEditing(p);
    setName(p?.name ?? '');
    setAgencyId(p?.agencyId ?? '');
    setServices(p?.services ?? []);
    setCapacity(p?.capacity === null || p?.capacity === undefined ? '' : String(p.capacity));
    setContactHours(p?.contactHours ?? '');
    setPhone(p?.phone ?? '');
  };
  const saving = editing ? update : create;
  /** After a version conflict: load the directory again and, when correcting, start over from the saved entry. */
  const reload = () =>
    void providers.refetch().then((r) => {
      update.reset();
      if (editing) fill(r.data?.items.find((p) => p.id === editing.id) ?? null);
    });
  const updateError =
    isApiError(update.error) && update.error.code === 'VERSION_CONFLICT' ? (
      <VersionConflictAlert onReload={reload} />
    ) : (
      <ErrorAlert error={update.error} />
    );
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
              {
                key: 'status',
                header: t('protection.providers.status'),
                // A short badge and, for an inactive provider, what that means as plain text beside
                // it: the whole sentence in the pill wrapped it to three lines on a phone.
                render: (p) =>
                  p.isActive ? (
                    <Badge tone="success">{t('protection.providers.active')}</Badge>
                  ) : (
                    <span className="cluster">
                      <Badge tone="neutral">{t('protection.providers.inactive')}</Badge>
                      <span className="muted">{t('protection.providers.inactiveHint')}</span>
                    </span>
                  ),
              },
              {
                key: 'actions',
                header: t('protection.providers.actions'),
                render: (p) => (
                  <div className="cluster">
                    <Button
                      size="sm"
                      onClick={() => (fill(p), nameField.current?.focus())}
                      aria-label={`${t('protection.providers.edit')}: ${p.name}`}
                    >
                      {t('protection.providers.edit')}
                    </Button>
                    <Button
                      size="sm"
                      variant={p.isActive ? 'danger' : 'secondary'}
                      isPending={
                        update.isPending &&
                        update.variables?.id === p.id &&
                        update.variables.isActive !== undefined
                      }
                      onClick={() => update.mutate({ id: p.id, version: p.version, isActive: !p.isActive })}
                      aria-label={`${p.isActive ? t('protection.providers.deactivate') : t('protection.providers.reactivate')}: ${p.name}`}
                    >
                      {p.isActive
                        ? t('protection.providers.deactivate')
                        : t('protection.providers.reactivate')}
                    </Button>
                  </div>
                ),
              },
            ]}
          />
        )}
      </Card>
      {!editing && updateError}
      <Card
        title={
          editing
            ? t('protection.providers.editTitle', { name: editing.name })
            : t('protection.providers.add')
        }
      >
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            const body = {
              name,
              agencyId: agencyId || null,
              services: services as Provider['services'],
              capacity: capacity ? Number(capacity) : null,
              contactHours,
              phone: phone || null,
            };
            if (editing)
              update.mutate(
                { id: editing.id, version: editing.version, ...body },
                { onSuccess: () => fill(null) },
              );
            else create.mutate(body, { onSuccess: () => fill(null) });
          }}
        >
          <TextField
            ref={nameField}
            label={t('protection.providers.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            minLength={2}
          />
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
          {editing ? updateError : <ErrorAlert error={create.error} />}
          <div className="cluster">
            <Button type="submit" variant="primary" isPending={saving.isPending}>
              {editing ? t('protection.providers.saveChanges') : t('protection.providers.submit')}
            </Button>
            {editing && <Button onClick={() => fill(null)}>{t('protection.providers.cancelEdit')}</Button>}
          </div>
        </form>
      </Card>
    </div>
  );
}

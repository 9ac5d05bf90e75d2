import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditOutcomes, type AuditOutcome } from '#contracts/audit';
import { endOfDay, startOfDay } from '../../lib/format';
import { useFormat } from '../../lib/format-context';
import { useFormValues } from '../../lib/use-form';
import { Button, Select, TextField } from '../../ui';
import { useUserChoices } from './use-user-choices';
import { actionPrefixes, prefixLabel } from './audit-labels';
import type { AuditFilters as Filters } from './audit-api';

const empty = {
  actionPrefix: '',
  outcome: '',
  fromDate: '',
  toDate: '',
  objectType: '',
  objectId: '',
  actorUserId: '',
};
export type AuditFilterValues = typeof empty;

interface AuditFiltersProps {
  /** Sign-in activity fixes the action prefix; the general log lets the user choose. */
  fixedPrefix?: string;
  onApply: (filters: Filters) => void;
}

/** Filters applied together on submit, so typing an object id does not query on every key. */
export function AuditFilters({ fixedPrefix, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const form = useFormValues<AuditFilterValues>(empty);
  const actors = useUserChoices();
  const { values, bind } = form;

  // Sign-in records have no signed-in actor yet: the account is their object, so the account
  // filter of sign-in activity asks for the object, and the general log's asks for the actor.
  const byAccount = (userId: string): Partial<Filters> =>
    fixedPrefix ? { objectType: 'user', objectId: userId } : { actorUserId: userId };
  const toFilters = (v: AuditFilterValues): Filters => ({
    actionPrefix: fixedPrefix ?? (v.actionPrefix || undefined),
    outcome: (v.outcome || undefined) as AuditOutcome | undefined,
    from: v.fromDate ? startOfDay(v.fromDate, timeZone) : undefined,
    to: v.toDate ? endOfDay(v.toDate, timeZone) : undefined,
    objectType: v.objectType.trim() || undefined,
    objectId: v.objectId.trim() || undefined,
    ...(v.actorUserId ? byAccount(v.actorUserId) : {}),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(toFilters(values));
  };
  const reset = () => {
    form.setValues(empty);
    onApply(toFilters(empty));
  };

  return (
    <form
      className="filters audit-filters"
      role="search"
      aria-label={t('audit.filtersLabel')}
      onSubmit={submit}
    >
      {fixedPrefix ? null : (
        <Select
          label={t('audit.action')}
          emptyOption={t('audit.allActions')}
          options={actionPrefixes.map((p) => ({ value: p, label: prefixLabel(t, p) }))}
          {...bind('actionPrefix')}
        />
      )}
      <Select
        label={t('audit.outcome')}
        emptyOption={t('audit.allOutcomes')}
        options={auditOutcomes.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
        {...bind('outcome')}
      />
      <TextField label={t('audit.from')} type="date" {...bind('fromDate')} />
      <TextField label={t('audit.to')} type="date" {...bind('toDate')} />
      {actors ? (
        <Select
          label={fixedPrefix ? t('audit.account') : t('audit.actor')}
          emptyOption={t('audit.anyone')}
          options={actors}
          {...bind('actorUserId')}
        />
      ) : null}
      {fixedPrefix ? null : (
        <>
          <TextField
            label={t('audit.objectType')}
            placeholder={t('audit.objectTypePlaceholder')}
            {...bind('objectType')}
          />
          <TextField label={t('audit.objectId')} {...bind('objectId')} />
        </>
      )}
      <div className="cluster filters__buttons">
        <Button type="submit" variant="primary">
          {t('common.apply')}
        </Button>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </div>
    </form>
  );
}

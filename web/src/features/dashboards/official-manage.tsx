import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { officialIndicator, officialStatisticDeleteSchema, officialStatisticRequestSchema, officialStatisticUpdateSchema, type OfficialStatistic } from '#contracts/dashboards';
import { serverFieldErrors, validateWith, type FieldErrors } from '../../lib/form-errors';
import { useFormat } from '../../lib/format-context';
import { useFocusFirstInvalid, useFormValues } from '../../lib/use-form';
import { Alert, Button, Card, Dialog, ErrorAlert, Loading, Select, Table, TextArea, TextField, type Column } from '../../ui';
import { useCodes } from '../cases/code-labels';
import { useCreateOfficial, useOfficialStatistics, useUpdateOfficial, useWithdrawOfficial } from './dashboards-api';

const emptyFigure = { publisher: '', indicator: '', periodStart: '', periodEnd: '', value: '', sourceTitle: '', sourceUrl: '', publishedOn: '', notes: '' };

function FormButtons({ onCancel, isPending, label }: { onCancel: () => void; isPending: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" variant="primary" isPending={isPending}>
        {label}
      </Button>
    </div>
  );
}

/** A new published figure: publisher, indicator, period, value and its source. */
function CreateFigureDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { options } = useCodes();
  const create = useCreateOfficial();
  const form = useFormValues(emptyFigure);
  const fields = Object.keys(emptyFigure);
  const errors: FieldErrors = { ...serverFieldErrors(t, create.error, fields), ...form.clientErrors };
  const formRef = useFocusFirstInvalid([form.clientErrors, create.error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = { ...v, value: v.value === '' ? '' : Number(v.value), sourceUrl: v.sourceUrl || null, publishedOn: v.publishedOn || null };
    const checked = validateWith(t, officialStatisticRequestSchema, input);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) create.mutate(checked.data, { onSuccess: onDone });
  };
  return (
    <Dialog isOpen onClose={onClose} title={t('dashboards.manage.addTitle')} size="lg">
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField label={t('dashboards.manage.publisher')} hint={t('dashboards.manage.publisherHint')} required {...form.bind('publisher')} error={errors.publisher} />
          <Select label={t('dashboards.manage.indicator')} emptyOption={t('common.choose')} options={options(officialIndicator)} required {...form.bind('indicator')} error={errors.indicator} />
          <TextField type="date" label={t('dashboards.manage.periodStart')} required {...form.bind('periodStart')} error={errors.periodStart} />
          <TextField type="date" label={t('dashboards.manage.periodEnd')} required {...form.bind('periodEnd')} error={errors.periodEnd} />
          <TextField type="number" min={0} inputMode="numeric" label={t('dashboards.manage.value')} required {...form.bind('value')} error={errors.value} />
          <TextField type="date" label={t('dashboards.manage.publishedOn')} isOptional {...form.bind('publishedOn')} error={errors.publishedOn} />
        </div>
        <TextField label={t('dashboards.manage.sourceTitle')} hint={t('dashboards.manage.sourceTitleHint')} required {...form.bind('sourceTitle')} error={errors.sourceTitle} />
        <TextField type="url" label={t('dashboards.manage.sourceUrl')} isOptional {...form.bind('sourceUrl')} error={errors.sourceUrl} />
        <TextArea label={t('dashboards.manage.notes')} isOptional {...form.bind('notes')} error={errors.notes} />
        <ErrorAlert error={Object.keys(errors).length ? null : create.error} />
        <FormButtons onCancel={onClose} isPending={create.isPending} label={t('dashboards.manage.save')} />
      </form>
    </Dialog>
  );
}

/** A correction: the value or the source, with the reason kept in the audit log. */
function EditFigureDialog({ figure, onClose, onDone }: { figure: OfficialStatistic; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateOfficial();
  const form = useFormValues({ value: String(figure.value), sourceTitle: figure.sourceTitle, sourceUrl: figure.sourceUrl ?? '', notes: figure.notes, reason: '' });
  const errors: FieldErrors = { ...serverFieldErrors(t, update.error, ['value', 'sourceTitle', 'sourceUrl', 'notes', 'reason']), ...form.clientErrors };
  const formRef = useFocusFirstInvalid([form.clientErrors, update.error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = { version: figure.version, reason: v.reason, value: v.value === '' ? '' : Number(v.value), sourceTitle: v.sourceTitle, sourceUrl: v.sourceUrl || null, notes: v.notes };
    const checked = validateWith(t, officialStatisticUpdateSchema, input);
    form.setClientErrors(checked.errors ?? {});
    if (checked.data) update.mutate({ id: figure.id, ...checked.data }, { onSuccess: onDone });
  };
  return (
    <Dialog isOpen onClose={onClose} title={t('dashboards.manage.editTitle')} description={`${figure.publisher} · ${figure.periodStart} – ${figure.periodEnd}`}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField type="number" min={0} inputMode="numeric" label={t('dashboards.manage.value')} required {...form.bind('value')} error={errors.value} />
        <TextField label={t('dashboards.manage.sourceTitle')} required {...form.bind('sourceTitle')} error={errors.sourceTitle} />
        <TextField type="url" label={t('dashboards.manage.sourceUrl')} isOptional {...form.bind('sourceUrl')} error={errors.sourceUrl} />
        <TextArea label={t('dashboards.manage.notes')} isOptional {...form.bind('notes')} error={errors.notes} />
        <TextArea label={t('dashboards.manage.reason')} hint={t('dashboards.manage.reasonHint')} required {...form.bind('reason')} error={errors.reason} />
        <ErrorAlert error={Object.keys(errors).length ? null : update.error} />
        <FormButtons onCancel={onClose} isPending={update.isPending} label={t('dashboards.manage.save')} />
      </form>
    </Dialog>
  );
}

/** Withdrawing a figure entered by mistake, with a reason. */
function WithdrawFigureDialog({ figure, onClose, onDone }: { figure: OfficialStatistic; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawOfficial();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, officialStatisticDeleteSchema, { version: figure.version, reason });
    setProblem(checked.errors?.reason);
    if (checked.data) withdraw.mutate({ id: figure.id, ...checked.data }, { onSuccess: onDone });
  };
  return (
    <Dialog isOpen onClose={onClose} title={t('dashboards.manage.withdrawTitle')} description={t('dashboards.manage.withdrawHint')}>
      <form className="form" onSubmit={submit} noValidate>
        <TextArea label={t('dashboards.manage.reason')} hint={t('dashboards.manage.reasonHint')} required autoFocus value={reason} onChange={(e) => setReason(e.target.value)} error={problem} />
        <ErrorAlert error={withdraw.error} />
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="danger" isPending={withdraw.isPending}>
            {t('dashboards.manage.withdraw')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

type Open = { kind: 'create' } | { kind: 'edit' | 'withdraw'; figure: OfficialStatistic } | null;

/** Every recorded official figure, with adding, correcting and withdrawing (`statistics.official.manage`). */
export function OfficialManage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { label } = useCodes();
  const figures = useOfficialStatistics(true);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => () => {
    setOpen(null);
    setDone(message);
  };
  const columns: Column<OfficialStatistic>[] = [
    { key: 'figure', header: t('dashboards.official.indicator'), render: (o) => `${o.publisher}: ${label(officialIndicator, o.indicator)}` },
    { key: 'period', header: t('dashboards.official.period'), render: (o) => `${format.day(o.periodStart)} – ${format.day(o.periodEnd)}` },
    { key: 'value', header: t('dashboards.manage.value'), className: 'chart-table__number', render: (o) => format.number(o.value) },
    { key: 'source', header: t('dashboards.official.source'), render: (o) => o.sourceTitle },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (o) => (
        <span className="cluster">
          <Button size="sm" onClick={() => setOpen({ kind: 'edit', figure: o })} aria-label={`${t('dashboards.manage.edit')}: ${o.publisher}, ${label(officialIndicator, o.indicator)}`}>
            {t('dashboards.manage.edit')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setOpen({ kind: 'withdraw', figure: o })} aria-label={`${t('dashboards.manage.withdraw')}: ${o.publisher}, ${label(officialIndicator, o.indicator)}`}>
            {t('dashboards.manage.withdraw')}
          </Button>
        </span>
      ),
    },
  ];
  return (
    <Card
      title={t('dashboards.manage.title')}
      actions={
        <Button variant="primary" size="sm" onClick={() => (setDone(null), setOpen({ kind: 'create' }))}>
          {t('dashboards.manage.add')}
        </Button>
      }
    >
      <div className="stack">
        <p className="muted">{t('dashboards.manage.intro')}</p>
        {done ? (
          <Alert tone="success">
            {done}
          </Alert>
        ) : null}
        {figures.isPending ? <Loading /> : figures.error ? <ErrorAlert error={figures.error} /> : <Table caption={t('dashboards.manage.caption')} columns={columns} rows={figures.data.items} rowKey={(o) => o.id} empty={t('dashboards.manage.none')} />}
      </div>
      {open?.kind === 'create' ? <CreateFigureDialog onClose={() => setOpen(null)} onDone={finish(t('dashboards.manage.created'))} /> : null}
      {open?.kind === 'edit' ? <EditFigureDialog figure={open.figure} onClose={() => setOpen(null)} onDone={finish(t('dashboards.manage.updated'))} /> : null}
      {open?.kind === 'withdraw' ? <WithdrawFigureDialog figure={open.figure} onClose={() => setOpen(null)} onDone={finish(t('dashboards.manage.withdrawn'))} /> : null}
    </Card>
  );
}

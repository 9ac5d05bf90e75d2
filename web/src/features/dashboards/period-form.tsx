import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monthSchema, type DashboardQuery } from '#contracts/dashboards';
import { useFormat } from '../../lib/format-context';
import { Button, TextField } from '../../ui';
import { presetPeriod, type PeriodPreset } from './period';

const presets: PeriodPreset[] = ['last12', 'thisYear', 'lastYear'];

/** From/to month pickers (a text field where the browser has no month picker) and quick presets. */
export function PeriodForm({ period, onChange }: { period: DashboardQuery; onChange: (period: DashboardQuery) => void }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [shown, setShown] = useState(period);
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  // The address may change the period (back button, a preset): the fields follow it.
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setFrom(period.from);
    setTo(period.to);
    setProblem(null);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!monthSchema.safeParse(from).success) return setProblem({ field: 'from', message: t('dashboards.period.invalid') });
    if (!monthSchema.safeParse(to).success) return setProblem({ field: 'to', message: t('dashboards.period.invalid') });
    if (from > to) return setProblem({ field: 'from', message: t('dashboards.period.reversed') });
    setProblem(null);
    onChange({ from, to });
  };

  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label={t('dashboards.period.legend')}>
      <div className="period-form__fields">
        <TextField
          type="month"
          label={t('dashboards.period.from')}
          hint={t('dashboards.period.hint')}
          value={from}
          max={to}
          onChange={(e) => setFrom(e.target.value)}
          error={problem?.field === 'from' ? problem.message : undefined}
        />
        <TextField
          type="month"
          label={t('dashboards.period.to')}
          hint={t('dashboards.period.hint')}
          value={to}
          min={from}
          onChange={(e) => setTo(e.target.value)}
          error={problem?.field === 'to' ? problem.message : undefined}
        />
        <Button type="submit" variant="primary" className="period-form__submit">
          {t('dashboards.period.show')}
        </Button>
      </div>
      <div className="cluster">
        {presets.map((preset) => (
          <Button key={preset} size="sm" variant="ghost" onClick={() => onChange(presetPeriod(preset, timeZone))}>
            {t(`dashboards.period.${preset}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}

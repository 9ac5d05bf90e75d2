import { useTranslation } from 'react-i18next';
import type { CaseStatus, CaseSummary } from '#contracts/cases';
import { caseStatus, sensitivity } from '#contracts/codes/cases';
import { Badge, type BadgeTone } from '../../ui';
import { useCodes } from './code-labels';

const statusTone: Record<CaseStatus, BadgeTone> = {
  reported: 'info',
  verified: 'info',
  investigation: 'warning',
  prosecution: 'warning',
  court_decision: 'success',
  closed: 'neutral',
  closed_referred: 'neutral',
};

const sensitivityTone: Record<CaseSummary['sensitivity'], BadgeTone> = {
  standard: 'neutral',
  sensitive: 'warning',
  restricted: 'danger',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { label } = useCodes();
  return <Badge tone={statusTone[status]}>{label(caseStatus, status)}</Badge>;
}

/** Sensitivity, said in words so it does not rest on colour alone. */
export function SensitivityBadge({ value }: { value: CaseSummary['sensitivity'] }) {
  const { t } = useTranslation();
  const { label } = useCodes();
  return (
    <Badge tone={sensitivityTone[value]}>
      {t('cases.sensitivityBadge', { level: label(sensitivity, value) })}
    </Badge>
  );
}

/** How the user holds a case they do not own: through a share, or as coordinator. */
export function AccessBadge({ access }: { access: CaseSummary['access'] }) {
  const { t } = useTranslation();
  if (access === 'owner') return null;
  return <Badge tone="info">{t(`cases.access.${access}`)}</Badge>;
}

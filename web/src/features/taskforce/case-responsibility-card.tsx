import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { processStepOfCase, raciRoles } from '#contracts/taskforce';
import { Card, ErrorAlert, Loading } from '../../ui';
import { useMatrix } from './taskforce-api';

/** On a case page: who is Responsible, Accountable, Consulted and Informed for the step the case is at. */
export function CaseResponsibilityCard({ status, discoveryChannel }: { status: string; discoveryChannel: string }) {
  const { t } = useTranslation();
  const step = processStepOfCase(status, discoveryChannel);
  const matrix = useMatrix();
  if (!step) return null;
  return (
    <Card title={t('taskforce.matrix.caseCard')}>
      <div className="stack">
        <p>{t('taskforce.matrix.caseStep', { step: t(`taskforce.matrix.steps.${step}`) })}</p>
        {matrix.isPending ? <Loading /> : null}
        <ErrorAlert error={matrix.error} />
        {matrix.data ? (
          <dl className="taskforce-texts">
            {raciRoles.map((role) => (
              <div key={role}>
                <dt>{t(`taskforce.matrix.raci.${role}`)}</dt>
                <dd>
                  {matrix.data.assignments
                    .filter((a) => a.step === step && a.role === role)
                    .map((a) => a.agencyName)
                    .join(', ') || t('taskforce.matrix.none')}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        <Link to="/taskforce/matrix">{t('taskforce.matrixLink')}</Link>
      </div>
    </Card>
  );
}

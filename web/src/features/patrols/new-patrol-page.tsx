import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card, PageHeader } from '../../ui';
import { PlanForm } from './plan-form';
import './patrols.css';

/** /patrols/new: the plan, with the area drawn on the offline map; opens the new patrol's page. */
export function NewPatrolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/patrols">{t('patrols.backToList')}</Link>
      </p>
      <PageHeader title={t('patrols.newTitle')} description={t('patrols.newIntro')} />
      <Card>
        <PlanForm onSaved={(patrol) => void navigate(`/patrols/${patrol.id}`)} />
      </Card>
    </div>
  );
}

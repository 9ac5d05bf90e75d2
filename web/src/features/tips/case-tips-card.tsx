import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, ErrorAlert, Loading } from '../../ui';
import { TipBadges } from './tip-badges';
import { useTips } from './tips-api';

/** On a case's page: the community tips that became or joined this case (the link's other end). */
export function CaseTipsCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const tips = useTips({ caseId });
  return (
    <Card title={t('tips.caseTipsTitle')}>
      {tips.isPending ? (
        <Loading />
      ) : tips.error ? (
        <ErrorAlert error={tips.error} />
      ) : tips.data.items.length === 0 ? (
        <p>{t('tips.caseTipsEmpty')}</p>
      ) : (
        <ul className="tips-messages">
          {tips.data.items.map((tip) => (
            <li key={tip.id} className="cluster">
              <Link to={`/tips/${tip.id}`}>{tip.reference}</Link>
              <TipBadges tip={tip} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

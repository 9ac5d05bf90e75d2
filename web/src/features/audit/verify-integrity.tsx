import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context';
import { Alert, Button, ErrorAlert, ShieldIcon } from '../../ui';
import { useVerifyAudit } from './audit-api';

/** Recomputes the hash chain on the server and reports whether the log is intact. */
export function VerifyIntegrity() {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <div className="stack verify">
      <div>
        <Button icon={<ShieldIcon />} onClick={() => verify.mutate()} isPending={verify.isPending}>
          {t('audit.verify.button')}
        </Button>
      </div>
      <ErrorAlert error={verify.error} />
      {result?.ok ? (
        <Alert tone="success" title={t('audit.verify.okTitle')}>
          {t('audit.verify.ok', {
            entries: format.number(result.entries),
            checkpoints: format.number(result.checkpoints),
          })}
        </Alert>
      ) : null}
      {result && !result.ok ? (
        <Alert tone="danger" title={t('audit.verify.failedTitle')}>
          <p>
            {t('audit.verify.failed', {
              entries: format.number(result.entries),
              problems: format.number(result.problems.length),
            })}
          </p>
          <ul className="verify__problems">
            {result.problems.map((problem, index) => (
              <li key={`${problem.seq ?? 'x'}-${index}`}>
                <strong>
                  {problem.seq === null
                    ? problem.kind
                    : t('audit.verify.problemAt', { seq: problem.seq, kind: problem.kind })}
                </strong>
                {': '}
                {problem.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}

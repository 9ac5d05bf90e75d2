import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createCaseRequestSchema } from '#contracts/cases';
import { serverFieldErrors, validateWith } from '../../../lib/form-errors';
import { todayIn } from '../../../lib/format';
import { useFormat } from '../../../lib/format-context';
import { useFocusFirstInvalid, useFormValues } from '../../../lib/use-form';
import { Button, Card, ErrorAlert, Loading, PageHeader } from '../../../ui';
import { useMe } from '../../auth';
import { useCreateCase } from '../cases-api';
import { CaseFields, caseFieldNames, caseFormValues, caseRequestOf } from './case-fields';

/** Records a case for the user's agency; the server gives it its number. */
export function NewCasePage() {
  const me = useMe();
  if (!me.data) return <Loading />;
  return <NewCaseForm me={me.data} />;
}

function NewCaseForm({ me }: { me: NonNullable<ReturnType<typeof useMe>['data']> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { timeZone } = useFormat();
  const create = useCreateCase();
  const form = useFormValues(caseFormValues(null, todayIn(timeZone)));
  const formRef = useFocusFirstInvalid([form.clientErrors, create.error]);
  const serverErrors = serverFieldErrors(t, create.error, caseFieldNames);
  const errors = { ...serverErrors, ...form.clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(t, createCaseRequestSchema, caseRequestOf(form.values));
    form.setClientErrors(checked.errors ?? {});
    if (checked.data)
      create.mutate(checked.data, { onSuccess: (created) => void navigate(`/cases/${created.id}`) });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cases">{t('cases.backToList')}</Link>
      </p>
      <PageHeader
        title={t('cases.create.title')}
        description={t('cases.create.intro', { agency: me.agency.name })}
      />
      <Card>
        <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="case-form">
          <CaseFields form={form} errors={errors} me={me} />
          {Object.keys(serverErrors).length > 0 ? null : <ErrorAlert error={create.error} />}
          <div className="form-actions">
            <Link to="/cases" className="button button--secondary">
              {t('common.cancel')}
            </Link>
            <Button type="submit" variant="primary" isPending={create.isPending}>
              {t('cases.create.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}

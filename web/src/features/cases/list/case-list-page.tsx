import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, ErrorAlert, Loading, PageHeader, PlusIcon } from '../../../ui';
import { useMe } from '../../auth';
import { useCaseList, type CaseFilters as Filters } from '../cases-api';
import { CaseFilters } from './case-filters';
import { CaseTable } from './case-table';
import { ExportDialog } from './export-dialog';
import { filtersFromParams, paramsFromFilters } from './list-query';
import { SavedFilters } from './saved-filters';

/** Filters live in the address: a filtered list can be bookmarked, shared and survives going back. */
function useFiltersInUrl() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const update = useCallback(
    (changes: Partial<Filters>) =>
      setParams((current) => paramsFromFilters({ ...filtersFromParams(current), ...changes }), {
        replace: true,
      }),
    [setParams],
  );
  return { filters, update };
}

/** The case registry: find cases by filters and search, a page at a time, and export them. */
export function CaseListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const { filters, update } = useFiltersInUrl();
  const list = useCaseList(filters);
  const [isExporting, setIsExporting] = useState(false);
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('cases.list.title')}
        description={t('cases.list.intro')}
        actions={
          <>
            {permissions.includes('cases.export') ? (
              <Button onClick={() => setIsExporting(true)}>{t('cases.export.button')}</Button>
            ) : null}
            {permissions.includes('cases.create') ? (
              <Link to="/cases/new" className="button button--primary">
                <PlusIcon />
                {t('cases.create.button')}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card>
          <div className="stack">
            <CaseFilters filters={filters} onChange={update} />
            <SavedFilters filters={filters} />
          </div>
        </Card>
        <Card>
          <div className="stack">
            {list.isPending ? <Loading /> : null}
            <ErrorAlert error={list.error} />
            {list.data ? (
              <>
                <p className="muted" aria-live="polite">
                  {list.hasNextPage
                    ? t('cases.list.shownMore', { n: cases.length })
                    : t('cases.list.shownAll', { n: cases.length })}
                </p>
                <CaseTable cases={cases} />
                {list.hasNextPage ? (
                  <div className="list-more">
                    <Button onClick={() => void list.fetchNextPage()} isPending={list.isFetchingNextPage}>
                      {t('common.loadMore')}
                    </Button>
                  </div>
                ) : null}
              </>
            ) : null}
          </div>
        </Card>
      </div>
      {isExporting ? (
        <ExportDialog
          filters={filters}
          canIncludeIdentity={permissions.includes('cases.identity.view')}
          onClose={() => setIsExporting(false)}
        />
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from './button';

interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  label: string;
}

/** Previous / next between pages of a list, with where one is said in words. */
export function Pagination({ page, pageCount, onPageChange, label }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
        {t('common.previous')}
      </Button>
      <span className="pagination__status" aria-live="polite">
        {t('common.pageOf', { page, total: pageCount })}
      </span>
      <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pageCount}>
        {t('common.next')}
      </Button>
    </nav>
  );
}

import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  className?: string;
}

interface TableProps<T> {
  caption: string;
  isCaptionVisible?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
}

/**
 * A data table with a caption for screen readers. On narrow screens each row becomes a block
 * whose cells are labelled with their column headers (from `data-label`).
 */
export function Table<T>({ caption, isCaptionVisible = false, columns, rows, rowKey, empty }: TableProps<T>) {
  if (rows.length === 0 && empty) return <div className="table-empty">{empty}</div>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className={isCaptionVisible ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} data-label={column.header} className={column.className}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

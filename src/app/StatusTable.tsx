import { useMemo, useState, type Ref } from 'react';
import { formatDay } from '../domain/dates';
import { readingText, sideLabel } from '../domain/labels';
import { NO_CLAIM, type ProvinceReading } from '../domain/reading';
import { READINGS } from '../domain/vocabulary';
import type { ProvinceProps } from '../data/use-provinces';

interface StatusTableProps {
  /** The table element, for the Table button to take the reader (and focus) to it. */
  tableRef?: Ref<HTMLTableElement>;
  provinces: readonly ProvinceProps[];
  statuses: ReadonlyMap<string, ProvinceReading> | null;
  caption: string;
  visible: boolean;
  onSelect: (slug: string) => void;
}

type Column = 'province' | 'status' | 'latest';
const COLUMNS: Array<[Column, string]> = [
  ['province', 'Province'],
  ['status', 'Status'],
  ['latest', 'Latest claim'],
];

interface Row {
  province: ProvinceProps;
  reading: ProvinceReading;
}

/** Orders rows by a column; ties fall back to the province name, so the order is stable. */
function compareRows(column: Column, a: Row, b: Row): number {
  const byName = a.province.name.localeCompare(b.province.name);
  if (column === 'status') {
    return READINGS.indexOf(a.reading.reading) - READINGS.indexOf(b.reading.reading) || byName;
  }
  if (column === 'latest') {
    // Newest first; provinces with no claim at the end.
    const [x, y] = [a.reading.latestDate ?? '', b.reading.latestDate ?? ''];
    return x < y ? 1 : x > y ? -1 : byName;
  }
  return byName;
}

/**
 * The table alternative to the map: always in the accessibility tree, shown on demand. One row
 * per province; Status begins with the reading (Taliban, Government, Disputed, Fighting, No
 * recent claim, No claim), then its lean and support. Sortable by each column.
 */
export function StatusTable({ tableRef, provinces, statuses, caption, visible, onSelect }: StatusTableProps) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'province',
    descending: false,
  });
  const rows = useMemo(() => {
    const list = provinces.map((province) => ({
      province,
      reading: statuses?.get(province.slug) ?? NO_CLAIM,
    }));
    list.sort((a, b) => compareRows(sort.column, a, b) * (sort.descending ? -1 : 1));
    return list;
  }, [provinces, statuses, sort]);

  return (
    <div className={visible ? 'status-table' : 'status-table visually-hidden'}>
      <table ref={tableRef} tabIndex={-1} aria-label="Control claims by province">
        <caption>Control claims by province — {caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([column, label]) => {
              const active = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort({ column, descending: active ? !sort.descending : false })}
                  >
                    {label}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ province, reading }) => (
            <tr key={province.slug}>
              <th scope="row">
                {visible ? (
                  <button type="button" className="link-button" onClick={() => onSelect(province.slug)}>
                    {province.name}
                  </button>
                ) : (
                  province.name
                )}
              </th>
              <td>{readingText(reading)}</td>
              <td>
                {reading.latestDate && reading.latestSide
                  ? `${formatDay(reading.latestDate, reading.latestPrecision ?? 'day')} (${sideLabel(reading.latestSide)})`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

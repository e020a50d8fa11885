import type { Ref } from 'react';
import { formatDay } from '../domain/dates';
import { sideLabel, statusLabel } from '../domain/labels';
import type { ProvinceStatus } from '../domain/control-status';
import type { ProvinceProps } from '../data/use-provinces';

interface StatusTableProps {
  /** The table element, for the Table button to take the reader (and focus) to it. */
  tableRef?: Ref<HTMLTableElement>;
  provinces: readonly ProvinceProps[];
  statuses: ReadonlyMap<string, ProvinceStatus> | null;
  caption: string;
  visible: boolean;
  onSelect: (slug: string) => void;
}

/**
 * The table alternative to the map (design.md): always in the accessibility tree, shown
 * on demand. One row per province; Status reads Taliban, Government, Contested or No claim.
 */
export function StatusTable({ tableRef, provinces, statuses, caption, visible, onSelect }: StatusTableProps) {
  return (
    <div className={visible ? 'status-table' : 'status-table visually-hidden'}>
      <table ref={tableRef} tabIndex={-1} aria-label="Control claims by province">
        <caption>Control claims by province — {caption}</caption>
        <thead>
          <tr>
            <th scope="col">Province</th>
            <th scope="col">Status</th>
            <th scope="col">Latest claim</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((province) => {
            const status = statuses?.get(province.slug);
            return (
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
                <td>{statusLabel(status?.status ?? 'no_claim')}</td>
                <td>
                  {status?.latestDate && status.latestSide
                    ? `${formatDay(status.latestDate, status.latestPrecision ?? 'day')} (${sideLabel(status.latestSide)})`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

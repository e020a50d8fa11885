import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { formatMonthShort, monthAt, monthIndex } from '../domain/dates';
import { lensPhrase, lensSays, readingLabel } from '../domain/labels';
import type { ProvinceReading } from '../domain/reading';
import type { ReadingTable } from '../domain/reading-table';
import { measured } from '../ui/instrumentation';
import {
  cellLabel,
  columnOf,
  moveInGrid,
  readingRuns,
  stripMonths,
  stripProvinces,
  stripRows,
  type GridPosition,
} from '../domain/strip';
import type { Lens } from '../domain/vocabulary';
import type { Claim } from '../data/schema';
import { legendShades, PALE_LEGEND, shadeOf } from '../encoding/reading-encoding';
import { Swatch } from '../map/Swatch';
import { ChartFrame } from './ChartFrame';
import { shadeStyle } from './shade-style';

interface ProvinceName {
  slug: string;
  name: string;
}

interface ReadingStripProps {
  /** The lens's readings month by month, and the second lens's side by side (the map's own). */
  table: ReadingTable;
  compareTable: ReadingTable | null;
  /** Every claim of the dataset: which provinces have one, under the lenses. */
  claims: readonly Claim[];
  /** The map's provinces, in name order. */
  provinces: readonly ProvinceName[];
  year: number | null;
  /** The month shown (YYYY-MM): its column is outlined; only that outline moves with the slider. */
  month: string;
  province: string | null;
  onCell: (province: string, month: string) => void;
}

const lensWords = (lens: Lens) => lensPhrase(lens) || 'by all claimants';

type Readings = ReadonlyMap<string, readonly ProvinceReading[]>;

/**
 * Every claimed province's reading in every month under a lens: read once per lens and dataset
 * from its table (a slider step never reads it again), and timed as `strip-cells`.
 */
function useStripReadings(table: ReadingTable | null, slugs: readonly string[]): Readings | null {
  return useMemo(() => {
    if (table === null) return null;
    const rows = measured('strip-cells', () => stripRows(table, slugs), { lens: table.lens });
    return new Map(rows.map((row) => [row.slug, row.readings]));
  }, [table, slugs]);
}

/** The province × month strip: what the claims say about each province, month by month. */
export function ReadingStrip({
  table,
  compareTable,
  claims,
  provinces,
  year,
  month,
  province,
  onCell,
}: ReadingStripProps) {
  const lens = table.lens;
  const compare = compareTable?.lens ?? null;
  const allSlugs = useMemo(() => provinces.map((p) => p.slug), [provinces]);
  const names = useMemo(() => new Map(provinces.map((p) => [p.slug, p.name])), [provinces]);
  // The readings are computed for every province with any claim, so a lens that adds or drops a
  // row does not recompute the other rows' readings.
  const claimed = useMemo(() => stripProvinces(claims, ['all'], allSlugs), [claims, allSlugs]);
  const shown = useMemo(
    () => stripProvinces(claims, compare ? [lens, compare] : [lens], allSlugs),
    [claims, lens, compare, allSlugs],
  );
  const main = useStripReadings(table, claimed);
  const second = useStripReadings(compareTable, claimed);
  const months = useMemo(() => stripMonths(year), [year]);
  const markerCol = columnOf(month, months);
  // Where the keyboard's cursor starts: the month shown when the strip was first drawn. Later
  // slider steps move only the outline, never the grid.
  const [startCol] = useState(markerCol);
  const markerShown = months.includes(monthIndex(month));
  // Where the strip scrolls sideways (a phone), the month shown is kept in sight.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const scroller of box.current?.querySelectorAll<HTMLElement>('.strip__scroll') ?? []) {
      const marker = scroller.querySelector<HTMLElement>('.strip__marker');
      if (!marker || scroller.scrollWidth <= scroller.clientWidth) continue;
      const nameWidth = scroller.querySelector<HTMLElement>('.strip__name')?.offsetWidth ?? 0;
      const [left, right] = [marker.offsetLeft, marker.offsetLeft + marker.offsetWidth];
      const [from, to] = [scroller.scrollLeft + nameWidth, scroller.scrollLeft + scroller.clientWidth];
      if (left < from || right > to) {
        scroller.scrollLeft = Math.max(0, left - nameWidth - (scroller.clientWidth - nameWidth) / 2);
      }
    }
  }, [markerCol, months, compare]);
  const views = useMemo(() => {
    const out: Array<[Lens, Readings]> = [[lens, main ?? new Map()]];
    if (compare && second) out.push([compare, second]);
    return out;
  }, [lens, main, compare, second]);
  const yearWords = year !== null && months.length < 13 ? ` in ${year}` : '';

  // The table, like the cells, does not follow the month: built once per lens, year and dataset.
  const alternative = useMemo(
    () =>
      views.map(([l, readings]) => (
        <table key={l}>
          <caption>
            {compare ? `${lensSays(l)}: ` : ''}Readings by province, month by month{yearWords}, from claims{' '}
            {lensWords(l)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Province</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((slug) =>
              readingRuns(readings.get(slug) ?? [], months).map((run) => (
                <tr key={`${slug}-${run.from}`}>
                  <th scope="row">{names.get(slug) ?? slug}</th>
                  <td>{formatMonthShort(monthAt(run.from))}</td>
                  <td>{formatMonthShort(monthAt(run.to))}</td>
                  <td>{run.words}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )),
    [views, compare, yearWords, shown, months, names],
  );

  return (
    <ChartFrame
      title="What the claims say about each province, month by month"
      subtitle={`Each cell is a province’s reading at the end of a month${yearWords}, drawn as on the map, from claims ${compare ? `${lensWords(lens)} and ${lensWords(compare)}` : lensWords(lens)}. The outlined column is the month shown; choose a cell to show that month and province.`}
      empty={shown.length === 0 ? `No claims ${lensWords(lens)}.` : null}
      alternative={alternative}
    >
      <div className="strip" ref={box}>
        <StripKey lens={lens} compare={compare} />
        {views.map(([l, readings]) => (
          <div key={l} className="strip__view">
            {compare && <h3 className="strip__view-title">{lensSays(l)}</h3>}
            <div className="strip__scroll">
              <div
                className="strip__content"
                style={{ '--n': months.length, '--col': markerCol } as CSSProperties}
              >
                <YearHeader months={months} />
                <StripGrid
                  label={`Readings by province and month, ${compare ? lensSays(l) : `from claims ${lensWords(l)}`}`}
                  slugs={shown}
                  names={names}
                  readings={readings}
                  months={months}
                  province={province}
                  startCol={startCol}
                  onCell={onCell}
                />
                {markerShown && <div className="strip__marker" aria-hidden="true" />}
              </div>
            </div>
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}

const StripKey = memo(function StripKey({ lens, compare }: { lens: Lens; compare: Lens | null }) {
  return (
    <ul className="strip__key" aria-label="Key">
      {legendShades(compare ? [lens, compare] : [lens])
        .filter((entry) => entry.shade !== 'no_recent_claim')
        .map((entry) => (
          <li key={entry.shade}>
            <Swatch shade={entry.shade} width={14} height={12} />
            {entry.shade === 'no_claim'
              ? 'No claim, or none recent'
              : entry.reading === 'fighting'
                ? `Fighting${entry.shade === 'fighting' ? '' : entry.shade === 'fighting_taliban' ? ' (Taliban gains)' : ' (government holds part)'}`
                : readingLabel(entry.reading)}
          </li>
        ))}
      <li>
        <Swatch shade="taliban" pale width={14} height={12} />
        {PALE_LEGEND.split(':')[0]}
      </li>
    </ul>
  );
});

/** The years (or, within one year, the months' initials) over the columns. */
const YearHeader = memo(function YearHeader({ months }: { months: readonly number[] }) {
  const groups: Array<{ label: string; from: number; span: number }> = [];
  if (months.length <= 12) {
    months.forEach((m, col) =>
      groups.push({ label: formatMonthShort(monthAt(m)).slice(0, 1), from: col, span: 1 }),
    );
  } else {
    months.forEach((m, col) => {
      const label = monthAt(m).slice(0, 4);
      const last = groups.at(-1);
      if (last && last.label === label) last.span += 1;
      else groups.push({ label, from: col, span: 1 });
    });
  }
  return (
    <div className="strip__years" aria-hidden="true">
      {groups.map((g) => (
        <span key={g.from} style={{ gridColumn: `${g.from + 2} / span ${g.span}` }}>
          {g.label}
        </span>
      ))}
    </div>
  );
});

interface StripGridProps {
  label: string;
  slugs: readonly string[];
  names: ReadonlyMap<string, string>;
  readings: Readings;
  months: readonly number[];
  province: string | null;
  /** The column the keyboard's cursor starts in: the month shown when the strip was drawn. */
  startCol: number;
  onCell: (province: string, month: string) => void;
}

/**
 * The grid itself (WAI-ARIA grid, roving tabindex): arrows move, Home/End go to a row's ends,
 * PageUp/PageDown by a year, Enter or Space (or a click) shows that month and province. It does
 * not take the month shown, so a slider step leaves it alone.
 */
const StripGrid = memo(function StripGrid({
  label,
  slugs,
  names,
  readings,
  months,
  province,
  startCol,
  onCell,
}: StripGridProps) {
  const id = useId();
  const [cursor, setCursor] = useState<GridPosition>(() => ({
    row: Math.max(0, province ? slugs.indexOf(province) : 0),
    col: startCol,
  }));
  const size = { rows: slugs.length, cols: months.length };
  const at: GridPosition = {
    row: Math.min(Math.max(0, cursor.row), Math.max(0, size.rows - 1)),
    col: Math.min(Math.max(0, cursor.col), Math.max(0, size.cols - 1)),
  };
  const cellId = useCallback((row: number, col: number) => `${id}-${row}-${col}`, [id]);

  const choose = (row: number, col: number) => {
    const slug = slugs[row];
    const m = months[col];
    if (slug !== undefined && m !== undefined) onCell(slug, monthAt(m));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(at.row, at.col);
      return;
    }
    const next = moveInGrid(at, event.key, size, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    setCursor(next);
    document.getElementById(cellId(next.row, next.col))?.focus();
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    setCursor({ row, col });
    choose(row, col);
  };

  return (
    <div role="grid" aria-label={label} className="strip__grid" onKeyDown={onKeyDown} onClick={onClick}>
      {slugs.map((slug, row) => (
        <StripRowView
          key={slug}
          name={names.get(slug) ?? slug}
          readings={readings.get(slug)}
          months={months}
          row={row}
          focusCol={at.row === row ? at.col : -1}
          selected={slug === province}
          cellId={cellId}
        />
      ))}
    </div>
  );
});

interface StripRowProps {
  name: string;
  readings: readonly ProvinceReading[] | undefined;
  months: readonly number[];
  row: number;
  /** The column that takes the Tab key in this row, or -1. */
  focusCol: number;
  selected: boolean;
  cellId: (row: number, col: number) => string;
}

const StripRowView = memo(function StripRowView({
  name,
  readings,
  months,
  row,
  focusCol,
  selected,
  cellId,
}: StripRowProps) {
  return (
    <div
      role="row"
      className={`strip__row${selected ? ' strip__row--selected' : ''}`}
      aria-selected={selected}
    >
      <div role="rowheader" className="strip__name">
        {name}
      </div>
      {months.map((m, col) => {
        const reading = readings?.[m];
        if (!reading) return <div key={m} role="gridcell" className="strip__cell" />;
        return (
          <div
            key={m}
            id={cellId(row, col)}
            role="gridcell"
            tabIndex={focusCol === col ? 0 : -1}
            data-row={row}
            data-col={col}
            aria-label={cellLabel(name, m, reading)}
            className={`strip__cell${m % 12 === 0 ? ' strip__cell--january' : ''}`}
            style={shadeStyle(shadeOf(reading), reading.pale)}
          />
        );
      })}
    </div>
  );
});

import {
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { formatCount } from '../domain/count-range';
import { formatDay } from '../domain/dates';
import { sideLabel } from '../domain/labels';
import {
  ledgerRows,
  markGeometry,
  markRangeWords,
  panelScale,
  panelTitle,
  PANELS,
  scalePosition,
  type LedgerMark,
  type LedgerRow,
  type MarkGeometry,
  type Panel,
  type PanelScale,
} from '../domain/ledger';
import { CLAIMANT_SIDES, type ClaimantSide } from '../domain/vocabulary';
import type { Claim } from '../data/schema';
import type { EventInfo, EventsDataset } from '../data/events-dataset';
import { SIDE_COLORS } from '../ui/theme';
import { ChartFrame } from './ChartFrame';
import { SideShape } from './SideShape';

/** Rows shown at first, and added by each "Show more": a large dataset is not drawn all at once. */
const ROW_PAGE = 40;

/** A label starts on the side of its mark with more room. */
const LABEL_LEFT_FROM = 0.55;

interface ClaimLedgerProps {
  /** The claims to show: the app's filters (province, year, lens or the two lenses compared). */
  claims: readonly Claim[];
  dataset: EventsDataset;
  /** "about Ghazni by the Taliban in 2018", or ''. */
  filterWords: string;
  onSelectEvent: (event: EventInfo) => void;
}

interface Tip {
  claimId: string;
  rowKey: string;
  /** Kept open by a click or tap until the next one (or Escape), not just while hovered or focused. */
  pinned: boolean;
  left: number;
  top: number;
}

/** The table's Low and High cells: the count's ends, "open" where it has none, "—" with no number. */
function ends(mark: LedgerMark): [string, string] {
  if (mark.kind === 'words') return ['—', '—'];
  const end = (n: number | null) => (n === null ? 'open' : formatCount(n));
  return [end(mark.low), end(mark.high)];
}

function markLabel(row: LedgerRow, mark: LedgerMark): string {
  return `${mark.claimant} (${sideLabel(mark.side)}): “${mark.words}” (${markRangeWords(mark)}), ${row.eventLabel}, ${row.outcomeLabel}`;
}

const pct = (t: number) => `${(t * 100).toFixed(3)}%`;

/** The claim ledger: each claimant's figure, as said, event by event. Nothing is added up. */
export const ClaimLedger = memo(function ClaimLedger({
  claims,
  dataset,
  filterWords,
  onSelectEvent,
}: ClaimLedgerProps) {
  const id = useId();
  const events = useMemo(() => new Map(dataset.events.map((e) => [e.id, e])), [dataset]);
  const rows = useMemo(() => ledgerRows(claims, events), [claims, events]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // Each panel's scale comes from all its rows, not the ones shown: "Show more" never rescales.
  const scales = useMemo(() => {
    const out = new Map<Panel, PanelScale | null>();
    for (const panel of PANELS)
      out.set(panel, panelScale(rows.filter((r) => r.panel === panel).flatMap((r) => r.marks)));
    return out;
  }, [rows]);
  const [limit, setLimit] = useState(ROW_PAGE);
  const shown = rows.slice(0, limit);
  const sides = CLAIMANT_SIDES.filter((side) => rows.some((r) => r.marks.some((m) => m.side === side)));

  const [tip, setTip] = useState<Tip | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const show = useCallback((element: HTMLElement, claimId: string, rowKey: string, pinned: boolean) => {
    const outer = box.current?.getBoundingClientRect();
    const at = element.getBoundingClientRect();
    if (!outer) return;
    const width = Math.min(300, outer.width);
    const left = Math.max(0, Math.min(at.left - outer.left - 24, outer.width - width));
    setTip({ claimId, rowKey, pinned, left, top: at.bottom - outer.top + 4 });
  }, []);
  const hide = useCallback((force = false) => setTip((t) => (t && (force || !t.pinned) ? null : t)), []);
  const tipId = `${id}-tip`;
  const tipClaim = tip ? byId.get(tip.claimId) : undefined;
  const tipRow = tip ? rows.find((r) => r.key === tip.rowKey) : undefined;
  const tipMark = tipRow?.marks.find((m) => m.claimId === tip?.claimId);
  const article = tipClaim ? dataset.articles.get(tipClaim.article) : undefined;

  const onMarkKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide(true);
  };

  const table = (
    <table>
      <caption>
        Reported casualties by claimant, event by event{filterWords ? `, ${filterWords}` : ''}
        {shown.length < rows.length && ` (the first ${shown.length} of ${rows.length} rows)`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Outcome</th>
          <th scope="col">Claimant</th>
          <th scope="col">Words</th>
          <th scope="col">Low</th>
          <th scope="col">High</th>
        </tr>
      </thead>
      <tbody>
        {shown.flatMap((row) =>
          row.marks.map((mark) => {
            const [low, high] = ends(mark);
            return (
              <tr key={`${row.key}|${mark.claimId}`}>
                <td>{row.eventLabel}</td>
                <td>{row.outcomeLabel}</td>
                <td>
                  {mark.claimant} ({sideLabel(mark.side)})
                </td>
                <td>“{mark.words}”</td>
                <td>{low}</td>
                <td>{high}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title="Reported casualties by claimant, event by event"
      subtitle={`Each mark is one claimant’s figure ${filterWords || 'in all reports'}, at the number it gave and in its words; nothing is added up across claimants or events.`}
      empty={rows.length === 0 ? `No casualty claims ${filterWords || 'in the reports'}.` : null}
      alternative={table}
    >
      <div className="ledger" ref={box}>
        <LedgerKey sides={sides} />
        {PANELS.map((panel) => {
          const panelRows = shown.filter((r) => r.panel === panel);
          if (panelRows.length === 0) return null;
          const scale = scales.get(panel) ?? null;
          const titleId = `${id}-${panel}`;
          return (
            <section key={panel} className="ledger__panel" aria-labelledby={titleId}>
              <h3 id={titleId} className="ledger__panel-title">
                {panelTitle(panel)}
              </h3>
              <Axis scale={scale} />
              <ol className="ledger__rows">
                {panelRows.map((row) => (
                  <li key={row.key} className="ledger__row">
                    <p className="ledger__head">
                      {row.event ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            const event = row.event && events.get(row.event.id);
                            if (event) onSelectEvent(event);
                          }}
                        >
                          {row.eventLabel}
                        </button>
                      ) : (
                        <span>{row.eventLabel}</span>
                      )}{' '}
                      — {row.outcomeLabel}
                    </p>
                    <ul className="ledger__lanes">
                      {scale && <Gridlines scale={scale} />}
                      {row.marks.map((mark) => {
                        const active = tip?.claimId === mark.claimId && tip.rowKey === row.key;
                        return (
                          <Lane
                            key={mark.claimId}
                            mark={mark}
                            geometry={markGeometry(mark, scale)}
                            label={markLabel(row, mark)}
                            describedBy={active ? tipId : undefined}
                            onShow={(el, pinned) => show(el, mark.claimId, row.key, pinned)}
                            onToggle={(el) =>
                              active && tip?.pinned ? hide(true) : show(el, mark.claimId, row.key, true)
                            }
                            onHide={hide}
                            onKeyDown={onMarkKey}
                          />
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
        {shown.length < rows.length && (
          <button type="button" className="button ledger__more" onClick={() => setLimit((n) => n + ROW_PAGE)}>
            Show {Math.min(ROW_PAGE, rows.length - shown.length)} more rows ({rows.length - shown.length} not
            shown)
          </button>
        )}
        {tip && tipClaim && tipMark && tipRow && (
          <div
            id={tipId}
            role="tooltip"
            className="chart-tooltip ledger__tip"
            style={{ left: tip.left, top: tip.top }}
          >
            <p>
              <strong>{tipMark.claimant}</strong> ({sideLabel(tipMark.side)})
            </p>
            <p>
              {tipRow.eventLabel} — {tipRow.outcomeLabel}: “{tipMark.words}” ({markRangeWords(tipMark)})
            </p>
            <blockquote className="ledger__quote">“{tipClaim.quote}”</blockquote>
            <p className="ledger__source">
              Source: {article ? article.outlet : tipClaim.article}, said {formatDay(tipClaim.said)}
              {tipClaim.said !== tipClaim.date &&
                `, about ${formatDay(tipClaim.date, tipClaim.date_precision)}`}
            </p>
          </div>
        )}
      </div>
    </ChartFrame>
  );
});

/** What the shapes and marks mean: the sides on show, and the kinds of figure. */
function LedgerKey({ sides }: { sides: readonly ClaimantSide[] }) {
  return (
    <div className="ledger__key" role="group" aria-label="Key">
      <ul className="ledger__key-sides">
        {sides.map((side) => (
          <li key={side}>
            <SideShape side={side} /> {sideLabel(side)}
          </li>
        ))}
      </ul>
      <ul className="ledger__key-kinds">
        <li>
          <span className="ledger__sample ledger__sample--range" aria-hidden="true" /> a range said (low–high)
        </li>
        <li>
          <span className="ledger__sample ledger__sample--open" aria-hidden="true" /> “more than”, “at least”
        </li>
        <li>
          <span className="ledger__sample ledger__sample--about" aria-hidden="true" /> “about”: ±20%
        </li>
        <li>
          <SideShape side={sides[0] ?? 'other'} hollow /> hollow: no number, its words
        </li>
      </ul>
    </div>
  );
}

function Axis({ scale }: { scale: PanelScale | null }) {
  if (!scale) {
    return <p className="ledger__axis-note">No figure here gives a number.</p>;
  }
  return (
    <div className="ledger__axis">
      <p className="ledger__axis-note">
        People{scale.kind === 'log' ? ' (each step ten times the one before)' : ''}
      </p>
      <div className="ledger__ticks" aria-hidden="true">
        {scale.ticks.map((tick, i) => {
          const edge =
            i === 0 ? ' ledger__tick--first' : i === scale.ticks.length - 1 ? ' ledger__tick--last' : '';
          return (
            <span
              key={tick}
              className={`ledger__tick${edge}`}
              style={{ left: pct(scalePosition(scale, tick)) }}
            >
              {formatCount(tick)}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function Gridlines({ scale }: { scale: PanelScale }) {
  return (
    <li className="ledger__grid" aria-hidden="true">
      {scale.ticks.map((tick) => (
        <span key={tick} style={{ left: pct(scalePosition(scale, tick)) }} />
      ))}
    </li>
  );
}

interface LaneProps {
  mark: LedgerMark;
  geometry: MarkGeometry;
  label: string;
  describedBy: string | undefined;
  onShow: (element: HTMLElement, pinned: boolean) => void;
  onToggle: (element: HTMLElement) => void;
  onHide: (force?: boolean) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** One claimant's figure: its span (bar, band or arrow), its mark, and its words. */
function Lane({ mark, geometry, label, describedBy, onShow, onToggle, onHide, onKeyDown }: LaneProps) {
  const { at, from, to } = geometry;
  const color = SIDE_COLORS[mark.side];
  const left = at !== null && at >= LABEL_LEFT_FROM;
  // The words start past the mark (or its bar), or end before it.
  const labelStyle: CSSProperties =
    at === null
      ? {}
      : left
        ? { paddingRight: `calc(${pct(1 - Math.min(at, from ?? at))} + 10px)`, textAlign: 'right' }
        : {
            paddingLeft: `calc(${pct(mark.kind === 'range' || mark.kind === 'up_to' ? (to ?? at) : at)} + 10px)`,
          };
  return (
    <li className={`ledger__lane ledger__lane--${mark.kind}`}>
      {from !== null && to !== null && (
        <span
          className={`ledger__span ledger__span--${mark.kind}`}
          style={{ left: pct(from), width: pct(Math.max(0, to - from)), '--side': color } as CSSProperties}
          aria-hidden="true"
        />
      )}
      <button
        type="button"
        className="ledger__mark"
        style={at === null ? undefined : { left: pct(at) }}
        aria-label={label}
        aria-describedby={describedBy}
        onMouseEnter={(e) => onShow(e.currentTarget, false)}
        onMouseLeave={() => onHide()}
        onFocus={(e) => onShow(e.currentTarget, false)}
        onBlur={() => onHide(true)}
        onClick={(e) => onToggle(e.currentTarget)}
        onKeyDown={onKeyDown}
      >
        <SideShape side={mark.side} hollow={mark.kind === 'words'} />
      </button>
      <span className="ledger__label" style={labelStyle}>
        <span className="ledger__words">{mark.words}</span>
      </span>
    </li>
  );
}

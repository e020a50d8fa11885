import { useMemo, type Ref } from 'react';
import { formatDay } from '../domain/dates';
import type { Claim } from '../data/schema';
import type { EventsDataset } from '../data/events-dataset';
import { inLens, type ProvinceReading } from '../domain/reading';
import { lensPhrase, lensSays, readingText, sideSays } from '../domain/labels';
import { CLAIMANT_SIDES, type Lens } from '../domain/vocabulary';
import { ClaimCard } from './ClaimCard';

interface EventGroup {
  id: string;
  name: string;
  start: string;
  end: string;
  claims: Claim[];
  disagree: boolean;
}

/** Claims about one event disagree when sides name different holders, or give different numbers for the same thing. */
export function claimsDisagree(claims: readonly Claim[]): boolean {
  const naming = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.kind !== 'control' || !c.holder || c.holder === 'none') continue;
    naming.set(c.holder, (naming.get(c.holder) ?? new Set()).add(c.side));
  }
  const [taliban, government] = [naming.get('taliban'), naming.get('government')];
  if (taliban && government && [...taliban].some((a) => [...government].some((b) => a !== b))) return true;
  const counts = new Map<string, string>();
  for (const c of claims) {
    if (!c.casualties || c.casualties.count.qualifier === 'unquantified') continue;
    const key = `${c.casualties.measure}|${c.casualties.victim_side}`;
    const value = `${c.casualties.count.low}-${c.casualties.count.high}`;
    if (counts.has(key) && counts.get(key) !== value) return true;
    counts.set(key, value);
  }
  return false;
}

export function groupByEvent(claims: readonly Claim[], dataset: EventsDataset): EventGroup[] {
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const groups = new Map<string, EventGroup>();
  for (const claim of claims) {
    const event = events.get(claim.event);
    const group = groups.get(claim.event) ?? {
      id: claim.event,
      name: event?.name ?? claim.event,
      start: event?.start ?? claim.date,
      end: event?.end ?? claim.date,
      claims: [],
      disagree: false,
    };
    groups.set(claim.event, group);
    group.claims.push(claim);
  }
  const list = [...groups.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const group of list) group.disagree = claimsDisagree(group.claims);
  return list;
}

function EventTitle({ group }: { group: EventGroup }) {
  return (
    <h3 className="event-group__title">
      {group.name}
      <span className="event-group__dates">
        {formatDay(group.start)}
        {group.end !== group.start && ` – ${formatDay(group.end)}`}
      </span>
    </h3>
  );
}

/**
 * Side by side: one event's claims in two columns, one per lens, so each event's row lines up
 * across the two. A lens with no claim about the event says so in its column.
 */
function CompareEventClaims({
  group,
  lenses,
  dataset,
}: {
  group: EventGroup;
  lenses: readonly Lens[];
  dataset: EventsDataset;
}) {
  return (
    <section className="event-group" aria-label={group.name}>
      <EventTitle group={group} />
      <div className="side-columns side-columns--compare">
        {lenses.map((lens) => {
          const claims = group.claims.filter((claim) => inLens(claim.side, lens));
          return (
            <div key={lens} className="side-column" role="group" aria-label={lensSays(lens)}>
              <h4>{lensSays(lens)}</h4>
              {claims.length === 0 ? (
                <p className="empty">No claim {lensPhrase(lens) || 'by any claimant'} about this event.</p>
              ) : (
                claims.map((claim) => (
                  <ClaimCard key={claim.id} claim={claim} article={dataset.articles.get(claim.article)} />
                ))
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

export function EventClaims({ group, dataset }: { group: EventGroup; dataset: EventsDataset }) {
  const bySide = new Map<Claim['side'], Claim[]>();
  for (const side of CLAIMANT_SIDES) {
    const claims = group.claims.filter((claim) => claim.side === side);
    if (claims.length > 0) bySide.set(side, claims);
  }
  const sideBySide = group.disagree && bySide.size > 1;
  return (
    <section className="event-group" aria-label={group.name}>
      <EventTitle group={group} />
      {sideBySide && <p className="event-group__disagree">The sides’ claims disagree: shown side by side.</p>}
      {sideBySide ? (
        <div className="side-columns">
          {[...bySide.entries()].map(([side, claims]) => (
            <div key={side} className="side-column" role="group" aria-label={sideSays(side)}>
              <h4>{sideSays(side)}</h4>
              {claims.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} article={dataset.articles.get(claim.article)} />
              ))}
            </div>
          ))}
        </div>
      ) : (
        group.claims.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} article={dataset.articles.get(claim.article)} />
        ))
      )}
    </section>
  );
}

interface ProvincePanelProps {
  provinceName: string;
  status: ProvinceReading | undefined;
  monthLabel: string;
  claims: readonly Claim[];
  dataset: EventsDataset;
  filterWords: string;
  onClose: () => void;
  /** The panel's heading, for a link elsewhere on the page to bring the reader (and focus) here. */
  headingRef?: Ref<HTMLHeadingElement>;
  /**
   * Side by side: the two lenses (the first is the one `claims` and `status` are of), the second
   * lens's claims and reading. The panel then shows each lens's claims in its own column.
   */
  compare?: {
    lenses: readonly [Lens, Lens];
    claims: readonly Claim[];
    status: ProvinceReading | undefined;
  };
}

function StatusLine({ status }: { status: ProvinceReading }) {
  return (
    <>
      <strong>{readingText(status)}</strong>
      {status.latestDate && ` · last claim ${formatDay(status.latestDate, status.latestPrecision ?? 'day')}`}
      {status.reading === 'no_recent_claim' && ' (a year or more before)'}
    </>
  );
}

/** "16 claims", "1 claim": a count of claims in words. */
function claimsCount(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`;
}

export function ProvincePanel({
  provinceName,
  status,
  monthLabel,
  claims,
  dataset,
  filterWords,
  onClose,
  headingRef,
  compare,
}: ProvincePanelProps) {
  // Side by side, the events are those of either lens's claims, each claim once.
  const shown = useMemo(() => {
    if (!compare) return claims;
    const ids = new Set(claims.map((claim) => claim.id));
    return [...claims, ...compare.claims.filter((claim) => !ids.has(claim.id))];
  }, [claims, compare]);
  const groups = useMemo(() => groupByEvent(shown, dataset), [shown, dataset]);
  return (
    <div className="province-panel">
      <div className="panel__head">
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {provinceName}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close<span className="visually-hidden"> {provinceName}</span>
        </button>
      </div>
      {compare ? (
        <>
          <p className="province-panel__status">{monthLabel}:</p>
          <ul className="province-panel__readings">
            {compare.lenses.map((lens, i) => {
              const reading = i === 0 ? status : compare.status;
              return (
                <li key={lens}>
                  {lensSays(lens)}: {reading ? <StatusLine status={reading} /> : <strong>No claim</strong>}
                </li>
              );
            })}
          </ul>
          <p className="province-panel__count">
            {compare.lenses
              .map(
                (lens, i) =>
                  `${claimsCount((i === 0 ? claims : compare.claims).length)} ${lensPhrase(lens) || 'by all claimants'}`,
              )
              .join(' · ')}
            {filterWords && `, ${filterWords}`}; events in time order
          </p>
        </>
      ) : (
        <>
          {status && (
            <p className="province-panel__status">
              {monthLabel}: <StatusLine status={status} />
            </p>
          )}
          {claims.length > 0 && (
            <p className="province-panel__count">
              {claimsCount(claims.length)}
              {filterWords && ` ${filterWords}`}, in time order
            </p>
          )}
        </>
      )}
      {groups.length === 0 ? (
        <p className="empty">
          No claims in the reports for {provinceName}
          {filterWords && ` ${filterWords}`}.
        </p>
      ) : (
        groups.map((group) =>
          compare ? (
            <CompareEventClaims key={group.id} group={group} lenses={compare.lenses} dataset={dataset} />
          ) : (
            <EventClaims key={group.id} group={group} dataset={dataset} />
          ),
        )
      )}
    </div>
  );
}

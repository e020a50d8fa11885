import { useMemo, type Ref } from 'react';
import { formatDay } from '../domain/dates';
import type { Claim } from '../data/schema';
import type { EventsDataset } from '../data/events-dataset';
import type { ProvinceReading } from '../domain/reading';
import { readingText, sideSays } from '../domain/labels';
import { CLAIMANT_SIDES } from '../domain/vocabulary';
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

export function EventClaims({ group, dataset }: { group: EventGroup; dataset: EventsDataset }) {
  const bySide = new Map<Claim['side'], Claim[]>();
  for (const side of CLAIMANT_SIDES) {
    const claims = group.claims.filter((claim) => claim.side === side);
    if (claims.length > 0) bySide.set(side, claims);
  }
  const sideBySide = group.disagree && bySide.size > 1;
  return (
    <section className="event-group" aria-label={group.name}>
      <h3 className="event-group__title">
        {group.name}
        <span className="event-group__dates">
          {formatDay(group.start)}
          {group.end !== group.start && ` – ${formatDay(group.end)}`}
        </span>
      </h3>
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
}: ProvincePanelProps) {
  const groups = useMemo(() => groupByEvent(claims, dataset), [claims, dataset]);
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
      {status && (
        <p className="province-panel__status">
          {monthLabel}: <strong>{readingText(status)}</strong>
          {status.latestDate &&
            ` · last claim ${formatDay(status.latestDate, status.latestPrecision ?? 'day')}`}
          {status.reading === 'no_recent_claim' && ' (a year or more before)'}
        </p>
      )}
      {claims.length > 0 && (
        <p className="province-panel__count">
          {claims.length} {claims.length === 1 ? 'claim' : 'claims'}
          {filterWords && ` ${filterWords}`}, in time order
        </p>
      )}
      {groups.length === 0 ? (
        <p className="empty">
          No claims in the reports for {provinceName}
          {filterWords && ` ${filterWords}`}.
        </p>
      ) : (
        groups.map((group) => <EventClaims key={group.id} group={group} dataset={dataset} />)
      )}
    </div>
  );
}

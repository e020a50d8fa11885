import { formatDay } from '../domain/dates';
import type { Claim } from '../data/schema';
import type { EventInfo, EventsDataset } from '../data/events-dataset';

interface OverviewProps {
  dataset: EventsDataset;
  claims: readonly Claim[];
  filterWords: string;
  /** Called with the event a reader chose: the page shows its month and its province. */
  onSelect: (event: EventInfo) => void;
}

/** With no province chosen: the events behind the claims, newest first, each a way in. */
export function Overview({ dataset, claims, filterWords, onSelect }: OverviewProps) {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.event, (counts.get(claim.event) ?? 0) + 1);
  const events = dataset.events.filter((e) => counts.has(e.id)).reverse();
  return (
    <div className="overview">
      <h2 id="panel-title">Events in the reports</h2>
      <p>
        {claims.length} claims{filterWords && ` ${filterWords}`} about {events.length} events. Choose a
        province on the map or in the list above to read every claim about it.
      </p>
      {events.length === 0 && (
        <p className="empty">No claims in the reports{filterWords && ` ${filterWords}`}.</p>
      )}
      <ul className="event-list">
        {events.map((event) => (
          <li key={event.id}>
            {event.province ? (
              <button type="button" className="link-button" onClick={() => onSelect(event)}>
                {event.name}
              </button>
            ) : (
              <span>{event.name}</span>
            )}
            <span className="event-list__meta">
              {formatDay(event.start)} · {event.placeName} · {counts.get(event.id)}{' '}
              {counts.get(event.id) === 1 ? 'claim' : 'claims'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

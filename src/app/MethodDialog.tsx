import { useEffect, useRef } from 'react';
import { formatDay } from '../domain/dates';
import { reportsPhrase } from '../domain/labels';
import { PALE_AFTER_MONTHS, RECENT_MONTHS, SUPERSEDED_AFTER_DAYS } from '../domain/reading';
import type { Article } from '../data/schema';

interface MethodDialogProps {
  open: boolean;
  onClose: () => void;
  articles: readonly Article[];
  version: string | null;
}

/** "How to read this": what a claim is, the status rule, the sources, the caveat. */
export function MethodDialog({ open, onClose, articles, version }: MethodDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="method-title" onClose={onClose}>
      <div className="dialog__head">
        <h2 id="method-title">How to read this map</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <strong>This map shows claims, not facts.</strong> Each claim is one statement in a news report, made
        by a claimant — the Taliban, the Afghan government, US forces, residents, the outlet itself or others
        — about who holds a place, or about people killed, injured, captured, surrendered, defected, released
        or fled. Each claim keeps its exact words, its date and its source.
      </p>
      <h3>How a province gets its reading</h3>
      <p>
        A claim about control says who holds a place (the Taliban, the government, or no one: fighting goes
        on), whether it means the whole place or a part of it, and what happened. A claim about a building, a
        prison, a base, a district or part of a city is about <em>part</em> of the province; only a claim
        about the provincial capital as a whole, or the province, is about the whole.
      </p>
      <ol>
        <li>
          Take the control claims about the province whose event falls on or before the end of the chosen
          month, by the sides you chose. A claim is placed at the date of the event it describes, even when
          the report came later; such claims are marked “said later”.
        </li>
        <li>
          Keep each side’s latest claims (for each place it names). Any claim more than{' '}
          {SUPERSEDED_AFTER_DAYS} days older than the province’s newest claim is out of date, and so is
          anything said before a later claim that the whole place changed hands.
        </li>
        <li>
          Read the kept claims:
          <ul>
            <li>
              different sides name different holders: <strong>Disputed</strong>;
            </li>
            <li>
              one holder for the whole place, and no one says fighting goes on: <strong>Taliban</strong> or{' '}
              <strong>Government</strong>;
            </li>
            <li>
              one holder for only part of it, or someone says fighting goes on: <strong>Fighting</strong>,
              leaning to the holder named (“Taliban gains claimed”);
            </li>
            <li>
              no claim in the last {RECENT_MONTHS} months: <strong>No recent claim</strong> (the last claim is
              still named); none at all: <strong>No claim</strong>.
            </li>
          </ul>
        </li>
        <li>
          Say how well the reading is supported: <strong>conceded</strong> when a side says it against its own
          interest (the interior ministry confirming the fall of a city), <strong>corroborated</strong> when
          claimants of another camp — residents, the media, the other side — say the same, otherwise{' '}
          <strong>one side only</strong>. US forces count with the Afghan government.
        </li>
        <li>
          Readings whose latest claim is {PALE_AFTER_MONTHS} months old or more are drawn paler: an old claim
          is not news.
        </li>
      </ol>
      <p>
        Choose a side under “Whose claims” to see the map as that side tells it, or compare two sides side by
        side.
      </p>
      <h3>Sources</h3>
      <p>
        {reportsPhrase(articles.length)}. A second-hand report tells what other outlets reported; where the
        original is not known, no link is given.
      </p>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            {a.outlet},{' '}
            {a.url ? (
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                “{a.headline}”<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              `“${a.headline}”`
            )}
            , {formatDay(a.published)}
            {a.second_hand && <em> — second-hand</em>}
          </li>
        ))}
      </ul>
      <p className="caveat">
        <strong>Caveat:</strong> the reports themselves say much of this could not be independently verified.
        Both the government and the Taliban usually exaggerate their opponents’ losses. Numbers are shown as
        each side gave them; sums add up what was claimed, not what happened.
      </p>
      {version && <p className="dialog__meta">Dataset version {version}.</p>}
    </dialog>
  );
}

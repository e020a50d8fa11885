import { useEffect, useRef } from 'react';
import { formatDay } from '../domain/dates';
import { SUPERSEDED_AFTER_DAYS } from '../domain/control-status';
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
      <h3>How a province gets its colour</h3>
      <ol>
        <li>
          Take the claims about who holds the province, made up to the end of the chosen month by the sides
          you chose.
        </li>
        <li>
          Keep each side’s most recent claim. A side’s claim made more than {SUPERSEDED_AFTER_DAYS} days
          before the province’s newest claim is treated as out of date: the news has moved on.
        </li>
        <li>
          If the kept claims agree, the province takes that colour. If they disagree — or a claim itself says
          fighting goes on — it is <strong>Contested</strong>, striped on the map. With no claim at all it is{' '}
          <strong>No claim</strong>.
        </li>
        <li>
          Provinces whose latest claim is older than six months are drawn paler: an old claim is not news.
        </li>
      </ol>
      <p>
        Choose a side under “Whose claims” to see the map as that side tells it, or compare two sides side by
        side.
      </p>
      <h3>Sources</h3>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            {a.outlet}, “{a.headline}”, {formatDay(a.published)}
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

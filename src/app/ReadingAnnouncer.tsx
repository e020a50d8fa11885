import { useEffect, useRef, useState } from 'react';
import { formatMonth } from '../domain/dates';
import { lensLabel } from '../domain/labels';
import type { ProvinceReading } from '../domain/reading';
import { announceChanges, readingChanges } from '../domain/reading-changes';
import type { Lens } from '../domain/vocabulary';

interface ReadingAnnouncerProps {
  readings: ReadonlyMap<string, ProvinceReading> | null;
  month: string;
  lens: Lens;
  names: ReadonlyMap<string, { name: string }>;
}

/**
 * A polite live region: when the month or the lens changes, it says which provinces' readings
 * changed. Silent on the first readings of a page: nothing changed, the page just arrived.
 */
export function ReadingAnnouncer({ readings, month, lens, names }: ReadingAnnouncerProps) {
  const [message, setMessage] = useState('');
  const shown = useRef<{ readings: ReadonlyMap<string, ProvinceReading>; month: string; lens: Lens } | null>(
    null,
  );
  useEffect(() => {
    if (!readings) return;
    const before = shown.current;
    shown.current = { readings, month, lens };
    if (!before || (before.month === month && before.lens === lens)) return;
    const context = before.lens === lens ? formatMonth(month) : `${lensLabel(lens)}, ${formatMonth(month)}`;
    const nameOf = (slug: string) => names.get(slug)?.name ?? slug;
    setMessage(announceChanges(context, readingChanges(before.readings, readings), nameOf));
  }, [readings, month, lens, names]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="reading-announcer">
      {message}
    </div>
  );
}

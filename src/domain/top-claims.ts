// The few claims a compact view (an embed with a province chosen) quotes: those the province's
// reading rests on, one per side first so each side is heard, newest first, each quote once.

import type { ProvinceReading } from './reading';
import type { ClaimLike } from './types';
import { CLAIMANT_SIDES } from './vocabulary';

type Quotable = Pick<ClaimLike, 'id' | 'side' | 'date' | 'quote'>;

/** Newest first; on the same day, in the vocabulary's order of sides. */
function newestFirst(a: Quotable, b: Quotable): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return CLAIMANT_SIDES.indexOf(a.side) - CLAIMANT_SIDES.indexOf(b.side);
}

/**
 * Up to `limit` claims behind a reading: first the newest claim of each side, then the others,
 * newest first. Ids with no claim are skipped; a quote already chosen is not chosen again.
 */
export function topClaims<C extends Quotable>(
  reading: Pick<ProvinceReading, 'claimIds'>,
  byId: ReadonlyMap<string, C>,
  limit = 3,
): C[] {
  const claims = [...new Set(reading.claimIds)]
    .map((id) => byId.get(id))
    .filter((claim): claim is C => claim !== undefined)
    .sort(newestFirst);
  const chosen: C[] = [];
  const quotes = new Set<string>();
  const take = (claim: C) => {
    const quote = claim.quote.trim();
    if (chosen.length >= limit || quotes.has(quote) || chosen.includes(claim)) return;
    chosen.push(claim);
    quotes.add(quote);
  };
  const sides = new Set<string>();
  for (const claim of claims) {
    if (sides.has(claim.side)) continue;
    sides.add(claim.side);
    take(claim);
  }
  for (const claim of claims) take(claim);
  return chosen;
}

// Claims for unit tests: a control claim from its essentials, the rest filled in plainly.
// (Imported by tests only; nothing in the app uses it.)

import type { ClaimLike } from './types';
import type { Action, ClaimantSide, Extent, Holder } from './vocabulary';

let next = 0;

/** A control claim by `side` about `province` on `date`, naming `holder`, with an action that fits. */
export function controlClaim(
  province: string | null,
  side: ClaimantSide,
  date: string,
  holder: Holder,
  extent: Extent = 'whole',
  action: Action = holder === 'none' ? 'fighting' : 'captured',
): ClaimLike {
  next += 1;
  return {
    id: `t${next}`,
    event: 'e',
    article: 'a',
    said: date,
    claimant: side,
    side,
    kind: 'control',
    place: null,
    place_name: null,
    place_kind: null,
    province,
    place_precision: 'province',
    date,
    date_precision: 'day',
    holder,
    extent,
    action,
    quote: 'q',
    caveat: null,
  };
}

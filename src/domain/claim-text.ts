// Claims in plain words, for panels, tooltips and text alternatives. A claim is summarised from
// what its record says (holder, extent, action; or measure, victims and the count's own words),
// never as a verdict such as "X is contested".

import { formatCountRange } from './count-range';
import { measureLabel, victimLabel } from './labels';
import type { ClaimLike } from './types';
import { assertNever, type Action, type Holder, type PlaceKind } from './vocabulary';

/** Place kinds that are a whole town or area, so a claim about part of one says "part of". */
const AREAS: ReadonlySet<PlaceKind> = new Set(['city', 'village', 'region', 'country']);

/** The place a control claim is about, with "part of" where it names a part of a town or area. */
function placePhrase(claim: ClaimLike, provinceName?: string): string {
  const name = claim.place_name ?? provinceName ?? 'the area';
  const isArea = claim.place === null || claim.place_kind === null || AREAS.has(claim.place_kind ?? 'city');
  return claim.extent === 'part' && isArea ? `part of ${name}` : name;
}

/** "the Taliban captured part of Ghazni", "fighting goes on in Kandahar": what a control claim says. */
export function controlWords(action: Action, holder: Holder, place: string): string {
  const actor = holder === 'government' ? 'the government' : 'the Taliban';
  const other = holder === 'government' ? 'the Taliban' : 'the government';
  switch (action) {
    case 'captured':
      return `${actor} captured ${place}`;
    case 'entered':
      return `${actor} entered ${place}`;
    case 'attacked':
      return `an attack on ${place}`;
    case 'besieged':
      return `${place} under siege`;
    case 'repelled':
      return `${actor} repelled ${other} in ${place}`;
    case 'retook':
      return `${actor} retook ${place}`;
    case 'held':
      return `${actor} held ${place}`;
    case 'withdrew':
      return `${other} withdrew from ${place}`;
    case 'surrendered':
      return `${place} surrendered to ${actor}`;
    case 'fighting':
      return `fighting in ${place}`;
    default:
      return assertNever(action);
  }
}

/**
 * What a claim says, without a verb to agree with its claimant ("Afghan authorities",
 * "a Taliban spokesman"): "the Taliban captured Bala Hesar", "Afghan forces killed: “more than
 * 140” (141 or more)". Counts keep the words used; the normalised range follows in brackets.
 */
export function claimSummary(claim: ClaimLike, provinceName?: string): string {
  if (claim.kind === 'control' && claim.action && claim.holder) {
    return controlWords(claim.action, claim.holder, placePhrase(claim, provinceName));
  }
  const report = claim.casualties;
  if (!report) return 'no holder or count given';
  const what = measureLabel(report.measure).toLowerCase();
  const victim = report.victim_side;
  const who =
    victim === 'unspecified'
      ? 'people'
      : victim === 'all_sides'
        ? 'people on all sides'
        : victimLabel(victim);
  return `${who} ${what}: “${report.count.words}” (${formatCountRange(report.count)})`;
}

/** A claimant as written after "According to": "The Taliban" → "the Taliban". */
export function claimantInSentence(claimant: string): string {
  return claimant.replace(/^The /, 'the ');
}

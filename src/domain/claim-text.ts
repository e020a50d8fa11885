// Claims in plain words, for panels, tooltips and text alternatives.

import { formatCountRange } from './count-range';
import { measureLabel, victimLabel } from './labels';
import type { ClaimLike } from './types';
import { assertNever, type Stance } from './vocabulary';

export function stanceWords(stance: Stance, place: string): string {
  switch (stance) {
    case 'taliban':
      return `the Taliban hold ${place}`;
    case 'government':
      return `the government holds ${place}`;
    case 'contested':
      return `${place} is contested`;
    default:
      return assertNever(stance);
  }
}

/**
 * What a claim says, without a verb: "the Taliban hold Ghazni", "141 or more Afghan forces killed".
 * Claimants are free text ("Afghan authorities", "a Taliban spokesman"), so a sentence says
 * "According to …, " (claimantInSentence) rather than guessing between "says" and "say".
 */
export function claimSummary(claim: ClaimLike, provinceName?: string): string {
  const place = claim.place_name ?? provinceName ?? 'the area';
  if (claim.kind === 'control' && claim.stance) return stanceWords(claim.stance, place);
  const report = claim.casualties;
  if (!report) return 'no stance or count given';
  const what = measureLabel(report.measure).toLowerCase();
  const victim = report.victim_side;
  const who =
    victim === 'unspecified'
      ? 'people'
      : victim === 'all_sides'
        ? 'people on all sides'
        : victimLabel(victim);
  return report.count.qualifier === 'unquantified'
    ? `${who} ${what}, no number given (“${report.count.words}”)`
    : `${formatCountRange(report.count)} ${who} ${what}`;
}

/** A claimant as written after "According to": "The Taliban" → "the Taliban". */
export function claimantInSentence(claimant: string): string {
  return claimant.replace(/^The /, 'the ');
}

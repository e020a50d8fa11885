// Claims in plain words, for panels, tooltips and text alternatives.

import { formatCountRange } from './count-range';
import { measureLabel, sideLabel, victimLabel } from './labels';
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

/** "says the Taliban hold Ghazni" / "reports 141 or more Afghan forces killed". */
export function claimSummary(claim: ClaimLike, provinceName?: string): string {
  const place = claim.place_name ?? provinceName ?? 'the area';
  if (claim.kind === 'control' && claim.stance) return `says ${stanceWords(claim.stance, place)}`;
  const report = claim.casualties;
  if (!report) return 'makes a claim';
  const what = measureLabel(report.measure).toLowerCase();
  const victim = report.victim_side;
  const who =
    victim === 'unspecified'
      ? 'people'
      : victim === 'all_sides'
        ? 'people on all sides'
        : victimLabel(victim);
  return report.count.qualifier === 'unquantified'
    ? `reports ${who} ${what}, no number given (“${report.count.words}”)`
    : `reports ${formatCountRange(report.count)} ${who} ${what}`;
}

export function claimantLine(claim: ClaimLike): string {
  return `${claim.claimant} (${sideLabel(claim.side)})`;
}

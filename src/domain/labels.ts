import {
  assertNever,
  type ClaimantSide,
  type ControlStatus,
  type Lens,
  type Measure,
  type VictimSide,
} from './vocabulary';

export function sideLabel(side: ClaimantSide): string {
  switch (side) {
    case 'taliban':
      return 'Taliban';
    case 'afghan_government':
      return 'Afghan government';
    case 'us_forces':
      return 'US forces';
    case 'residents':
      return 'Residents';
    case 'media':
      return 'Media';
    case 'other':
      return 'Other';
    default:
      return assertNever(side);
  }
}

export function lensLabel(lens: Lens): string {
  return lens === 'all' ? 'All claimants' : sideLabel(lens);
}

/** Exactly the words the status table uses (design.md: Taliban, Government, Contested, No claim). */
export function statusLabel(status: ControlStatus): string {
  switch (status) {
    case 'taliban':
      return 'Taliban';
    case 'government':
      return 'Government';
    case 'contested':
      return 'Contested';
    case 'no_claim':
      return 'No claim';
    default:
      return assertNever(status);
  }
}

export function victimLabel(victim: VictimSide): string {
  switch (victim) {
    case 'taliban':
      return 'Taliban';
    case 'afghan_government':
      return 'Afghan forces';
    case 'us_forces':
      return 'US forces';
    case 'civilians':
      return 'civilians';
    case 'all_sides':
      return 'All sides';
    case 'unspecified':
      return 'Unspecified';
    default:
      return assertNever(victim);
  }
}

export function measureLabel(measure: Measure): string {
  switch (measure) {
    case 'killed':
      return 'Killed';
    case 'injured':
      return 'Injured';
    case 'captured':
      return 'Captured';
    case 'surrendered':
      return 'Surrendered';
    case 'defected':
      return 'Defected';
    case 'released':
      return 'Released';
    case 'fled':
      return 'Fled';
    default:
      return assertNever(measure);
  }
}

/** The map's title where it stands alone (the embed, the PNG): its subject is claims, not control. */
export const MAP_TITLE = 'What the claims say about who holds each Afghan province';

/** "claims by the Taliban", "claims by all claimants": whose claims a map shows, after its month. */
export function lensClaims(lens: Lens): string {
  return `claims ${lensPhrase(lens) || 'by all claimants'}`;
}

/** "by the Taliban", "by US forces": who a filtered view's claims come from. */
export function lensPhrase(lens: Lens): string {
  switch (lens) {
    case 'all':
      return '';
    case 'taliban':
      return 'by the Taliban';
    case 'afghan_government':
      return 'by the Afghan government';
    case 'us_forces':
      return 'by US forces';
    case 'residents':
      return 'by residents';
    case 'media':
      return 'by the media';
    default:
      return assertNever(lens);
  }
}

/** "Taliban say", "Afghan government says": the heading of one side's claims. */
export function sideSays(side: ClaimantSide): string {
  if (side === 'afghan_government') return 'Afghan government says';
  if (side === 'other') return 'Other claimants say';
  return `${sideLabel(side)} say`;
}

/** "Taliban say", "All claimants say": the caption of one map in a comparison. */
export function lensSays(lens: Lens): string {
  return lens === 'all' ? 'All claimants say' : sideSays(lens);
}

import { formatMonthShort } from './dates';
import type { HeldBy, ProvinceReading } from './reading';
import {
  assertNever,
  type ClaimantSide,
  type Lens,
  type Measure,
  type Reading,
  type Support,
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

/** The reading's name: exactly the words the status table's Status column begins with. */
export function readingLabel(reading: Reading): string {
  switch (reading) {
    case 'taliban':
      return 'Taliban';
    case 'government':
      return 'Government';
    case 'disputed':
      return 'Disputed';
    case 'fighting':
      return 'Fighting';
    case 'no_recent_claim':
      return 'No recent claim';
    case 'no_claim':
      return 'No claim';
    default:
      return assertNever(reading);
  }
}

/** A side as the subject or object of a sentence: "the Taliban", "the Afghan government", "US forces". */
export function sideNoun(side: ClaimantSide): string {
  switch (side) {
    case 'taliban':
      return 'the Taliban';
    case 'afghan_government':
      return 'the Afghan government';
    case 'us_forces':
      return 'US forces';
    case 'residents':
      return 'residents';
    case 'media':
      return 'the media';
    case 'other':
      return 'others';
    default:
      return assertNever(side);
  }
}

/** "the Taliban", "the Afghan government and US forces", "residents, the media and others". */
export function sidesList(sides: readonly ClaimantSide[]): string {
  const nouns = sides.map(sideNoun);
  return nouns.length <= 1 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
}

/**
 * The lean of a Fighting reading. The Taliban holding any part of a province is a gain claimed
 * for them ("Taliban gains claimed"); the government holding part of it is not a gain, it holds on.
 */
export function leanWords(lean: HeldBy): string {
  return lean === 'taliban' ? 'Taliban gains claimed' : 'government holds part';
}

export function supportWords(
  support: Support,
  reading: Pick<ProvinceReading, 'concededBy' | 'supportSides'>,
): string {
  switch (support) {
    case 'conceded':
      return `conceded by ${sidesList(reading.concededBy)}`;
    case 'corroborated':
      return `corroborated: ${sidesList(reading.supportSides)} say so`;
    case 'one_side_only':
      return `one side only (${sidesList(reading.supportSides)})`;
    default:
      return assertNever(support);
  }
}

/**
 * The reading in words, as the status table, the tooltip and the CSV give it: its name first,
 * then the lean and the support after " · ". "Fighting · Taliban gains claimed · one side only
 * (the Taliban)"; "Disputed · Taliban according to the Taliban; government according to the
 * Afghan government and US forces".
 */
export function readingText(reading: ProvinceReading): string {
  const parts = [readingLabel(reading.reading)];
  if (reading.disputedBy) {
    const { taliban, government } = reading.disputedBy;
    parts.push(
      `Taliban according to ${sidesList(taliban)}; government according to ${sidesList(government)}`,
    );
  }
  if (reading.reading === 'fighting' && reading.lean) parts.push(leanWords(reading.lean));
  if (reading.support) parts.push(supportWords(reading.support, reading));
  return parts.join(' · ');
}

export function victimLabel(victim: VictimSide): string {
  switch (victim) {
    case 'taliban':
      return 'Taliban';
    case 'afghan_government':
      return 'Afghan forces';
    case 'us_forces':
      return 'US forces';
    case 'pro_government_militias':
      return 'pro-government militias';
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
    case 'killed_or_injured':
      return 'Killed or injured';
    default:
      return assertNever(measure);
  }
}

/** "1 news report", "5 news reports": how many reports the claims come from, counted from the data. */
export function reportsPhrase(count: number): string {
  return `${count} news ${count === 1 ? 'report' : 'reports'}`;
}

/** The page's name and what it is about, in its header (and the first paint's). */
export const APP_TITLE = 'Claimed Ground';
/** What the page is about; `span` ("2015–2021") is the years its claims cover, from the data. */
export function appTagline(span: string): string {
  return `Who claimed what in the Taliban’s offensives on Afghan provincial capitals${span ? `, ${span}` : ''}`;
}

/** An event marker's name: "Taliban assault on Ghazni city, Ghazni, Aug 2018: 16 claims". */
export function eventMarkerLabel(
  event: { name: string; placeName: string; start: string },
  claimCount: number,
): string {
  return `${event.name}, ${event.placeName}, ${formatMonthShort(event.start.slice(0, 7))}: ${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`;
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

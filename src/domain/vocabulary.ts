// The product's vocabulary (see design.md). Each union is backed by a const array so
// schemas, UI option lists and exhaustive switches all come from one place.

export const CLAIMANT_SIDES = [
  'taliban',
  'afghan_government',
  'us_forces',
  'residents',
  'media',
  'other',
] as const;
export type ClaimantSide = (typeof CLAIMANT_SIDES)[number];

export const STANCES = ['taliban', 'government', 'contested'] as const;
export type Stance = (typeof STANCES)[number];

export const CLAIM_KINDS = ['control', 'casualties'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const MEASURES = [
  'killed',
  'injured',
  'captured',
  'surrendered',
  'defected',
  'released',
  'fled',
] as const;
export type Measure = (typeof MEASURES)[number];

export const VICTIM_SIDES = [
  'taliban',
  'afghan_government',
  'us_forces',
  'civilians',
  'all_sides',
  'unspecified',
] as const;
export type VictimSide = (typeof VICTIM_SIDES)[number];

export const QUALIFIERS = [
  'exact',
  'about',
  'at_least',
  'more_than',
  'up_to',
  'range',
  'unquantified',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PLACE_PRECISIONS = ['city', 'district', 'province', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const PLACE_KINDS = ['city', 'district', 'base', 'prison', 'building', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The lenses a reader can choose: everyone, or one claimant side. */
export const LENSES = ['all', 'taliban', 'afghan_government', 'us_forces', 'residents', 'media'] as const;
export type Lens = (typeof LENSES)[number];

/** A province's status on the map: a stance, or no claim at all. */
export type ControlStatus = Stance | 'no_claim';

/** The first and last day the product covers. */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2021-12-31';

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

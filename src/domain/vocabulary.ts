// The product's vocabulary (docs/codebook.md). Each union is backed by a const array so
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

/** Who a control claim says holds the place; `none` when it says fighting goes on. */
export const HOLDERS = ['taliban', 'government', 'none'] as const;
export type Holder = (typeof HOLDERS)[number];

/** Whether a control claim is about the whole place (a provincial capital, a province) or a part of it. */
export const EXTENTS = ['whole', 'part'] as const;
export type Extent = (typeof EXTENTS)[number];

/** What a control claim says happened. */
export const ACTIONS = [
  'captured',
  'entered',
  'attacked',
  'besieged',
  'repelled',
  'retook',
  'held',
  'withdrew',
  'surrendered',
  'fighting',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The actions that say fighting goes on rather than who holds the place: their holder is `none`. */
export const FIGHTING_ACTIONS: ReadonlySet<Action> = new Set(['attacked', 'besieged', 'fighting']);

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
  // "heavy casualties", "heavy losses": the words do not separate the dead from the wounded.
  'killed_or_injured',
] as const;
export type Measure = (typeof MEASURES)[number];

export const VICTIM_SIDES = [
  'taliban',
  'afghan_government',
  'us_forces',
  'pro_government_militias',
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

export const PLACE_KINDS = [
  'city',
  'district',
  'village',
  'base',
  'airport',
  'prison',
  'building',
  'hill',
  'region',
  'country',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The lenses a reader can choose: everyone, or one claimant side. */
export const LENSES = ['all', 'taliban', 'afghan_government', 'us_forces', 'residents', 'media'] as const;
export type Lens = (typeof LENSES)[number];

/** What the claims say about a province as of a month, under a lens (docs/codebook.md, "Readings"). */
export const READINGS = [
  'taliban',
  'government',
  'disputed',
  'fighting',
  'no_recent_claim',
  'no_claim',
] as const;
export type Reading = (typeof READINGS)[number];

/** How well a reading is supported by the claims it rests on. */
export const SUPPORTS = ['conceded', 'corroborated', 'one_side_only'] as const;
export type Support = (typeof SUPPORTS)[number];

/** The first and last day the product covers. */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2021-12-31';

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

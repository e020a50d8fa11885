// The shapes the domain functions work on. The dataset schema (src/data/schema.ts)
// produces values of these shapes; the domain never imports the schema.

import type { CountRange } from './count-range';
import type {
  ClaimantSide,
  ClaimKind,
  DatePrecision,
  Measure,
  Extent,
  Holder,
  Action,
  PlaceKind,
  PlacePrecision,
  VictimSide,
} from './vocabulary';

export interface CasualtyReport {
  measure: Measure;
  victim_side: VictimSide;
  count: CountRange;
}

export interface ClaimLike {
  id: string;
  event: string;
  article: string;
  claimant: string;
  side: ClaimantSide;
  kind: ClaimKind;
  place: string | null;
  place_name: string | null;
  /** What kind of place `place` is (a city, a prison, a district…); null with no place. */
  place_kind: PlaceKind | null;
  province: string | null;
  place_precision: PlacePrecision;
  date: string;
  date_precision: DatePrecision;
  /** The date the report was published: when the claim was said (its `date` is the event's). */
  said: string;
  /** Control claims: who the words say holds the place, whether all of it or a part, and what happened. */
  holder?: Holder | undefined;
  extent?: Extent | undefined;
  action?: Action | undefined;
  casualties?: CasualtyReport | undefined;
  quote: string;
  caveat: string | null;
}

// The shapes the domain functions work on. The dataset schema (src/data/schema.ts)
// produces values of these shapes; the domain never imports the schema.

import type { CountRange } from './count-range';
import type {
  ClaimantSide,
  ClaimKind,
  DatePrecision,
  Measure,
  PlacePrecision,
  Stance,
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
  province: string | null;
  place_precision: PlacePrecision;
  date: string;
  date_precision: DatePrecision;
  stance?: Stance | undefined;
  casualties?: CasualtyReport | undefined;
  quote: string;
  caveat: string | null;
}

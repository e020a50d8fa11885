// The extractor's input and output shapes. Pure types: the module reads no files, so the
// gazetteer is passed in, in the minimal shape the extractor needs (data/gazetteer/*.yaml fit it).

import type { CountRange } from '../domain/count-range';
import type {
  Action,
  ClaimantSide,
  ClaimKind,
  DatePrecision,
  Extent,
  Holder,
  Measure,
  PlacePrecision,
  VictimSide,
} from '../domain/vocabulary';

export interface GazetteerProvince {
  slug: string;
  name: string;
  capital: string;
  aliases: readonly string[];
}

export interface GazetteerPlace {
  id: string;
  name: string;
  kind: string;
  province: string | null;
  aliases: readonly string[];
}

export interface Gazetteer {
  provinces: readonly GazetteerProvince[];
  places: readonly GazetteerPlace[];
}

/** A proposed claim: the record shape of data/claims/*.yaml, less id/event/caveat, plus where and why. */
export interface Draft {
  /** Verbatim: text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  claimant: string;
  side: ClaimantSide;
  kind: ClaimKind;
  place: string | null;
  province: string | null;
  place_precision: PlacePrecision;
  date: string;
  date_precision: DatePrecision;
  holder?: Holder;
  extent?: Extent;
  action?: Action;
  casualties?: { measure: Measure; victim_side: VictimSide; count: CountRange };
  /** 0..1: how far the rules that fired can be trusted for this draft. */
  confidence: number;
  /** The rules that fired, "trigger-rule/attribution-rule/place-rule". */
  rule: string;
}

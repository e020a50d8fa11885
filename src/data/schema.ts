// The one description of the dataset. The data build checks curated records with the
// record schemas before writing; the app parses the generated GeoJSON with the dataset
// schemas. Both sides therefore agree on every field by construction.

import type { Position } from 'geojson';
import { z } from 'zod';
import { countRangeProblems } from '../domain/count-range';
import { isInCoveredPeriod, isIsoDay } from '../domain/dates';
import {
  ACTIONS,
  CLAIMANT_SIDES,
  DATE_PRECISIONS,
  EXTENTS,
  FIGHTING_ACTIONS,
  HOLDERS,
  MEASURES,
  PLACE_KINDS,
  PLACE_PRECISIONS,
  QUALIFIERS,
  VICTIM_SIDES,
  type Action,
} from '../domain/vocabulary';

// The page runs under a Content Security Policy without 'unsafe-eval' (README, Deployment): zod
// must not compile parsers with `new Function`, nor even probe whether it may (the probe is
// reported as a violation). Set before the first schema below is built.
z.config({ jitless: true });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const isoDaySchema = z.string().refine(isIsoDay, 'must be a calendar date written YYYY-MM-DD');

export const coveredDaySchema = isoDaySchema.refine(isInCoveredPeriod, 'date outside 2015-01-01..2021-12-31');

const coordinatesSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const text = z.string().trim().min(1, 'must not be empty');

// --- curated records (data/) -------------------------------------------------------

export const articleMetaSchema = z.strictObject({
  id: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'must be the article file name without extension'),
  outlet: text,
  headline: text,
  headline_note: text.optional(),
  published: isoDaySchema,
  dateline: text.nullable(),
  date_note: text,
  /** Where the report was published, where the original is known. */
  url: z
    .string()
    .regex(/^https:\/\/[^\s"<>]+$/, 'must be an https:// address')
    .optional(),
  /** The report tells what other outlets reported ("as cited"), not what its own reporters saw. */
  second_hand: z.boolean().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const provinceRecordSchema = z.strictObject({
  iso: z.string().regex(/^AF-[A-Z]{3}$/, 'must be an ISO 3166-2:AF code such as AF-KDZ'),
  name: text,
  slug: slugSchema,
  capital: text,
  aliases: z.array(text),
});
export type ProvinceRecord = z.infer<typeof provinceRecordSchema>;

export const placeRecordSchema = z.strictObject({
  id: slugSchema,
  name: text,
  kind: z.enum(PLACE_KINDS),
  province: slugSchema.nullable(),
  coordinates: coordinatesSchema.nullable(),
  aliases: z.array(text),
});
export type PlaceRecord = z.infer<typeof placeRecordSchema>;

export const eventRecordSchema = z
  .strictObject({
    id: slugSchema,
    name: text,
    place: slugSchema,
    start: coveredDaySchema,
    end: coveredDaySchema,
  })
  .refine((e) => e.start <= e.end, { message: 'start is after end', path: ['end'] });
export type EventRecord = z.infer<typeof eventRecordSchema>;

export const countRangeSchema = z
  .strictObject({
    words: text,
    qualifier: z.enum(QUALIFIERS),
    low: z.number().nullable(),
    high: z.number().nullable(),
  })
  .superRefine((range, ctx) => {
    for (const message of countRangeProblems(range)) ctx.addIssue({ code: 'custom', message });
  });

export const casualtyReportSchema = z.strictObject({
  measure: z.enum(MEASURES),
  victim_side: z.enum(VICTIM_SIDES),
  count: countRangeSchema,
});

const claimFields = {
  id: slugSchema,
  event: slugSchema,
  claimant: text,
  side: z.enum(CLAIMANT_SIDES),
  kind: z.enum(['control', 'casualties']),
  place: slugSchema.nullable(),
  province: slugSchema.nullable(),
  place_precision: z.enum(PLACE_PRECISIONS),
  date: coveredDaySchema,
  date_precision: z.enum(DATE_PRECISIONS),
  holder: z.enum(HOLDERS).optional(),
  extent: z.enum(EXTENTS).optional(),
  action: z.enum(ACTIONS).optional(),
  casualties: casualtyReportSchema.optional(),
  quote: text,
  caveat: text.nullable().optional(),
};

type ClaimShape = {
  kind: 'control' | 'casualties';
  holder?: string | undefined;
  extent?: string | undefined;
  action?: Action | undefined;
  casualties?: unknown;
  date: string;
  date_precision: string;
};

const CONTROL_FIELDS = ['holder', 'extent', 'action'] as const;

function checkClaimShape(claim: ClaimShape, ctx: z.RefinementCtx): void {
  const problem = (message: string, field: string) =>
    ctx.addIssue({ code: 'custom', message, path: [field] });
  if (claim.kind === 'control') {
    for (const field of CONTROL_FIELDS) {
      if (claim[field] === undefined)
        problem(`a control claim needs ${field === 'extent' ? 'an' : 'a'} ${field}`, field);
    }
    if (claim.casualties !== undefined) problem('a control claim carries a holder, not counts', 'casualties');
    // "attacked", "besieged", "fighting" say the place is fought over, not who holds it.
    if (claim.action && claim.holder) {
      const fighting = FIGHTING_ACTIONS.has(claim.action);
      if (fighting && claim.holder !== 'none') {
        problem(
          `action "${claim.action}" says fighting goes on: its holder is none, not ${claim.holder}`,
          'holder',
        );
      } else if (!fighting && claim.holder === 'none') {
        problem(`action "${claim.action}" says who holds the place: its holder cannot be none`, 'holder');
      }
    }
  } else {
    if (claim.casualties === undefined) problem('a casualties claim needs a casualty report', 'casualties');
    for (const field of CONTROL_FIELDS) {
      if (claim[field] !== undefined)
        problem(`a casualties claim carries counts, not ${field === 'extent' ? 'an' : 'a'} ${field}`, field);
    }
  }
  if (claim.date_precision === 'month' && !claim.date.endsWith('-01')) {
    ctx.addIssue({
      code: 'custom',
      message: 'a month-precise date is written with day 01',
      path: ['date'],
    });
  }
}

export const claimRecordSchema = z.strictObject(claimFields).superRefine(checkClaimShape);
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

export const claimsFileSchema = z.strictObject({
  article: z.string(),
  claims: z.array(z.unknown()),
});

// --- the generated dataset (public/data/events.geojson) -------------------------------

export const claimSchema = z
  .strictObject({
    ...claimFields,
    caveat: text.nullable(),
    article: text,
    said: isoDaySchema,
    place_name: text.nullable(),
    place_kind: z.enum(PLACE_KINDS).nullable(),
  })
  .superRefine(checkClaimShape);
export type Claim = z.infer<typeof claimSchema>;

export const articleSchema = articleMetaSchema;
export type Article = ArticleMeta;

export const eventPropertiesSchema = z.strictObject({
  name: text,
  place: slugSchema,
  place_name: text,
  province: slugSchema.nullable(),
  start: coveredDaySchema,
  end: coveredDaySchema,
  claims: z.array(z.unknown()),
});

export const eventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: coordinatesSchema }).nullable(),
  properties: eventPropertiesSchema,
});

export const datasetInfoSchema = z.strictObject({
  name: text,
  version: text,
  citation: text,
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const eventsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  dataset: datasetInfoSchema,
  articles: z.array(articleSchema),
  features: z.array(z.unknown()),
});

/** Afghanistan's provinces: the boundaries file must draw this many. */
export const PROVINCE_COUNT = 34;

/** Why a GeoJSON position cannot be drawn (with where in it), or null when it can. */
export function positionProblem(position: unknown): { path: number[]; message: string } | null {
  if (!Array.isArray(position) || position.length < 2) {
    return { path: [], message: 'must be a [longitude, latitude] position' };
  }
  for (let i = 0; i < position.length; i++) {
    const value: unknown = position[i];
    if (typeof value !== 'number' || !Number.isFinite(value))
      return { path: [i], message: 'must be a number' };
  }
  const [longitude = 0, latitude = 0] = position as number[];
  if (Math.abs(longitude) > 180) return { path: [0], message: 'longitude must be within -180..180' };
  if (Math.abs(latitude) > 90) return { path: [1], message: 'latitude must be within -90..90' };
  return null;
}

// Every position is checked, not just the geometry's type: one bad number would otherwise reach
// the map's worker and could take the whole map down with it. The provinces' outlines hold
// thousands of positions, so each ring is checked by one loop instead of a tuple schema per
// position, which took about four times as long and sits on the way to the first map frame.
const ringSchema = z
  .custom<Position[]>((value) => Array.isArray(value), 'must be a list of positions')
  .superRefine((ring, ctx) => {
    if (ring.length < 4) ctx.addIssue({ code: 'custom', message: 'a ring needs at least 4 positions' });
    for (let i = 0; i < ring.length; i++) {
      const problem = positionProblem(ring[i]);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem.message, path: [i, ...problem.path] });
        return;
      }
    }
  });
const polygonSchema = z.array(ringSchema).min(1);

export const provinceGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema).min(1) }),
]);

export const provinceFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    iso: z.string().regex(/^AF-[A-Z]{3}$/, 'must be an ISO 3166-2:AF code such as AF-KDZ'),
    name: text,
    slug: slugSchema,
    aliases: z.array(z.string()).default([]),
  }),
  geometry: provinceGeometrySchema,
});

/** The file as a whole; each feature is then read on its own, so one bad province is dropped, not all. */
export const provincesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, 'holds no provinces'),
});

// Parses the generated events.geojson at the edge of the app. A file that is not the
// dataset at all is an error; inside a good file, each event and claim is checked on its
// own, so one damaged record is counted and reported instead of hiding all the others.

import type { z } from 'zod';
import type { ClaimLike } from '../domain/types';
import { DatasetError } from './fetch-json';
import {
  claimSchema,
  eventFeatureSchema,
  eventsFileSchema,
  type Article,
  type Claim,
  type DatasetInfo,
} from './schema';

export interface EventInfo {
  id: string;
  name: string;
  place: string;
  placeName: string;
  province: string | null;
  start: string;
  end: string;
  coordinates: [number, number] | null;
  claimIds: string[];
}

export interface EventsDataset {
  info: DatasetInfo;
  articles: Map<string, Article>;
  events: EventInfo[];
  claims: Claim[];
  /** Records that could not be read, with the first few reasons. */
  rejected: { events: number; claims: number; reasons: string[] };
}

// The schema's output must fit the domain's shape, so domain code can take parsed claims.
const _claimFitsDomain: (claim: Claim) => ClaimLike = (claim) => claim;
void _claimFitsDomain;

const DATASET = 'claims dataset';
const MAX_REASONS = 5;

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid';
}

export function parseEventsDataset(json: unknown): EventsDataset {
  const file = eventsFileSchema.safeParse(json);
  if (!file.success) {
    throw new DatasetError(
      DATASET,
      `The claims dataset is not in the expected format (${describe(file.error)}).`,
    );
  }
  const rejected = { events: 0, claims: 0, reasons: [] as string[] };
  const note = (reason: string) => {
    if (rejected.reasons.length < MAX_REASONS) rejected.reasons.push(reason);
  };
  const events: EventInfo[] = [];
  const claims: Claim[] = [];
  const seenEvents = new Set<string>();
  const seenClaims = new Set<string>();
  file.data.features.forEach((raw, i) => {
    const feature = eventFeatureSchema.safeParse(raw);
    if (!feature.success || seenEvents.has(feature.data.id)) {
      rejected.events += 1;
      note(
        `event ${i + 1}: ${feature.success ? `duplicate id ${feature.data.id}` : describe(feature.error)}`,
      );
      return;
    }
    const { id, properties, geometry } = feature.data;
    seenEvents.add(id);
    const claimIds: string[] = [];
    properties.claims.forEach((rawClaim, j) => {
      const claim = claimSchema.safeParse(rawClaim);
      if (!claim.success || seenClaims.has(claim.data.id) || claim.data.event !== id) {
        rejected.claims += 1;
        const why = !claim.success
          ? describe(claim.error)
          : seenClaims.has(claim.data.id)
            ? `duplicate id ${claim.data.id}`
            : `claim names event ${claim.data.event}`;
        note(`event ${id}, claim ${j + 1}: ${why}`);
        return;
      }
      seenClaims.add(claim.data.id);
      claims.push(claim.data);
      claimIds.push(claim.data.id);
    });
    events.push({
      id,
      name: properties.name,
      place: properties.place,
      placeName: properties.place_name,
      province: properties.province,
      start: properties.start,
      end: properties.end,
      coordinates: geometry ? geometry.coordinates : null,
      claimIds,
    });
  });
  if (events.length === 0 && file.data.features.length > 0) {
    throw new DatasetError(
      DATASET,
      `None of the ${file.data.features.length} events in the claims dataset could be read.`,
    );
  }
  claims.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return {
    info: file.data.dataset,
    articles: new Map(file.data.articles.map((a) => [a.id, a])),
    events,
    claims,
    rejected,
  };
}

// The dataset the desk checks a report's claims against: what data/ holds now. The static desk has it
// from the build (the virtual module below); the desk in the dev server asks the endpoint for it
// fresh, since each save changes it.

import { z } from 'zod';
import {
  eventRecordSchema,
  placeRecordSchema,
  provinceRecordSchema,
  type EventRecord,
  type PlaceRecord,
  type ProvinceRecord,
} from '../data/schema';

export interface DeskDataset {
  provinces: ProvinceRecord[];
  places: PlaceRecord[];
  events: EventRecord[];
  /** The ids of the articles in data/articles: the next article number follows the highest. */
  articleIds: string[];
  /** The ids of every claim in data/claims: a new claim's id must differ from each. */
  claimIds: string[];
  /** data/gazetteer/places.yaml and data/events/events.yaml as they are, to append to. */
  placesYaml: string;
  eventsYaml: string;
}

export const deskDatasetSchema = z.strictObject({
  provinces: z.array(provinceRecordSchema),
  places: z.array(placeRecordSchema),
  events: z.array(eventRecordSchema),
  articleIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  placesYaml: z.string(),
  eventsYaml: z.string(),
});

// What the desk sends the dev server's endpoint to save (scripts/desk-endpoint.ts), and what it
// answers. The records are checked with the dataset's own schemas on both ends.

import { z } from 'zod';
import {
  articleMetaSchema,
  claimRecordSchema,
  eventRecordSchema,
  placeRecordSchema,
  type ArticleMeta,
} from '../data/schema';

import { MAX_SAVE_BYTES } from './endpoint-paths';

export { MAX_SAVE_BYTES, SAVE_PATH, SESSION_PATH, TOKEN_HEADER } from './endpoint-paths';

const noteSchema = z.strictObject({
  origin: z.enum(['extractor', 'person']),
  confidence: z.number().min(0).max(1).nullable(),
  rule: z.string().max(500).nullable(),
  edited: z.boolean(),
});

export const saveRequestSchema = z
  .strictObject({
    text: z
      .string()
      .max(MAX_SAVE_BYTES)
      .refine((t) => t.trim() !== '', 'the report text is empty')
      .refine((t) => !t.includes('\u0000'), 'the report text holds a NUL character'),
    meta: articleMetaSchema.omit({ id: true }),
    claims: z.array(claimRecordSchema).max(500),
    notes: z.array(noteSchema).max(500),
    places: z.array(placeRecordSchema).max(200),
    events: z.array(eventRecordSchema).max(200),
  })
  .refine((r) => r.notes.length === r.claims.length, { message: 'one note per claim', path: ['notes'] });
export type SaveRequest = z.infer<typeof saveRequestSchema>;
export type ArticleFieldsMeta = Omit<ArticleMeta, 'id'>;

export type SaveResponse =
  | {
      ok: true;
      id: string;
      written: string[];
      counts: { articles: number; events: number; claims: number };
      output: string;
    }
  | { ok: false; id: string | null; problems: string[] };

export const sessionSchema = z.strictObject({ token: z.string(), dataset: z.unknown() });

// The files a desk's work becomes, in the formats of docs/data-format.md: the article's text and
// metadata, its claims file, and the places and events to append to the gazetteer and the events
// file. One module for the dev server's endpoint (which writes them) and the static desk (which
// zips them), so both write the same bytes. Pure: no file system, no DOM.

import { Document, isScalar, isSeq, stringify } from 'yaml';
import type { ArticleMeta, ClaimRecord, EventRecord, PlaceRecord } from '../data/schema';
import { EVENTS_FILE, PLACES_FILE } from './endpoint-paths';

/** The paths, relative to the data folder, of a new article's own files. */
export function articleFiles(id: string): { text: string; meta: string; claims: string } {
  return { text: `articles/${id}.txt`, meta: `articles/${id}.yaml`, claims: `claims/${id}.yaml` };
}

export { EVENTS_FILE, PLACES_FILE } from './endpoint-paths';

/** A claim's provenance, written as a comment above it. */
export interface ClaimNote {
  origin: 'extractor' | 'person';
  confidence: number | null;
  rule: string | null;
  edited: boolean;
}

const YAML_OPTIONS = { lineWidth: 0, singleQuote: true, flowCollectionPadding: false } as const;

/** One line of a comment: no line breaks can escape it. */
const commentLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/gu, ' ');

export function articleMetaYaml(meta: ArticleMeta): string {
  return stringify(meta, YAML_OPTIONS);
}

function noteComment(note: ClaimNote | undefined): string {
  if (!note) return '';
  if (note.origin === 'person') return '  # added in the claims desk\n';
  const how = note.edited ? 'edited and accepted' : 'accepted';
  const confidence = note.confidence === null ? '' : `confidence ${note.confidence.toFixed(2)}, `;
  return `  # drafted by the extractor (${confidence}rule ${commentLine(note.rule ?? '?')}), ${how} in the claims desk\n`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');

/** data/claims/<id>.yaml: the article and its claims, a blank line between claims. */
export function claimsYaml(
  articleId: string,
  claims: readonly ClaimRecord[],
  notes: readonly ClaimNote[] = [],
): string {
  const head = stringify({ article: articleId }, YAML_OPTIONS);
  if (claims.length === 0) return `${head}claims: []\n`;
  const items = claims.map((claim, i) => {
    const record = { ...claim, caveat: claim.caveat ?? null };
    return noteComment(notes[i]) + indent(stringify([record], YAML_OPTIONS));
  });
  return `${head}claims:\n${items.join('\n')}`;
}

/** Records as YAML list items, with coordinates and aliases in flow style, as places.yaml writes them. */
function listYaml(records: readonly object[]): string {
  const doc = new Document(records);
  if (isSeq(doc.contents)) {
    doc.contents.items.forEach((_, i) => {
      for (const key of ['coordinates', 'aliases']) {
        const node = doc.getIn([i, key], true);
        if (isSeq(node)) {
          node.flow = true;
          if (key === 'coordinates') {
            for (const n of node.items) if (isScalar(n)) n.minFractionDigits = 4;
          }
        }
      }
    });
  }
  return doc.toString(YAML_OPTIONS);
}

/** The text to append to a list file: a comment naming the article, then the records. */
export function appendedRecords(
  existing: string,
  records: readonly (PlaceRecord | EventRecord)[],
  articleId: string,
): string {
  if (records.length === 0) return '';
  const gap = existing === '' || existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return `${gap}# Added by the claims desk for article ${articleId}\n${listYaml(records)}`;
}

export interface DeskFiles {
  id: string;
  /** Path relative to the data folder → the whole new content of that file. */
  files: Array<{ path: string; content: string; append?: string }>;
}

export interface DeskOutput {
  id: string;
  text: string;
  meta: ArticleMeta;
  claims: readonly ClaimRecord[];
  notes?: readonly ClaimNote[];
  places: readonly PlaceRecord[];
  events: readonly EventRecord[];
}

/**
 * Every file the work changes: the three new ones whole, and the places and events files as they
 * are now followed by what is appended (`append` holds only the new part).
 */
export function deskFiles(output: DeskOutput, placesYaml: string, eventsYaml: string): DeskFiles {
  const own = articleFiles(output.id);
  const files: DeskFiles['files'] = [
    { path: own.text, content: output.text },
    { path: own.meta, content: articleMetaYaml(output.meta) },
    { path: own.claims, content: claimsYaml(output.id, output.claims, output.notes) },
  ];
  const places = appendedRecords(placesYaml, output.places, output.id);
  if (places) files.push({ path: PLACES_FILE, content: placesYaml + places, append: places });
  const events = appendedRecords(eventsYaml, output.events, output.id);
  if (events) files.push({ path: EVENTS_FILE, content: eventsYaml + events, append: events });
  return { id: output.id, files };
}

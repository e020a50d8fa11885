// read → validate → transform for the claims dataset. Everything wrong is collected, with
// `file:line`, before anything is written; the caller writes only a clean result.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { claimProblems } from '../../src/data/claim-checks';
import { datasetScope, scopeWords } from '../../src/domain/scope';
import {
  articleMetaSchema,
  claimRecordSchema,
  claimsFileSchema,
  eventRecordSchema,
  type ArticleMeta,
  type ClaimRecord,
  type EventRecord,
  type PlaceRecord,
} from '../../src/data/schema';
import { loadGazetteer } from './gazetteer';
import { checkAt, DataProblem, displayPath, readText, readYaml } from './yaml-source';

export const DATASET_NAME = 'Claimed Ground claims dataset';

interface Article extends ArticleMeta {
  text: string;
}

export interface BuildResult {
  problems: DataProblem[];
  output: unknown;
  counts: { articles: number; events: number; claims: number };
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** A data file must be a regular file inside its folder: no links out of the tree. */
function safeFile(dir: string, name: string, problems: DataProblem[]): string | null {
  const path = join(dir, name);
  const stat = lstatSync(path);
  if (stat.isSymbolicLink() || !stat.isFile() || !realpathSync(path).startsWith(realpathSync(dir) + sep)) {
    problems.push(new DataProblem(displayPath(path), 1, 'must be a regular file inside data/, not a link'));
    return null;
  }
  return path;
}

function loadArticles(dir: string, problems: DataProblem[]): Map<string, Article> {
  const articles = new Map<string, Article>();
  for (const name of listFiles(dir, '.yaml')) {
    const path = safeFile(dir, name, problems);
    if (!path) continue;
    const source = readYaml(path, problems);
    if (!source) continue;
    const meta = checkAt(articleMetaSchema, source.value, source, [], problems);
    if (!meta) continue;
    const expectedId = name.replace(/\.yaml$/, '');
    if (meta.id !== expectedId) {
      problems.push(
        new DataProblem(source.file, source.lineOf(['id']), `id "${meta.id}" does not match the file name`),
      );
      continue;
    }
    const textName = `${expectedId}.txt`;
    if (!existsSync(join(dir, textName))) {
      problems.push(new DataProblem(source.file, 1, `no article text ${textName} beside it`));
      continue;
    }
    const textPath = safeFile(dir, textName, problems);
    if (!textPath) continue;
    try {
      articles.set(meta.id, { ...meta, text: readText(textPath) });
    } catch {
      problems.push(new DataProblem(displayPath(textPath), 1, 'is not valid UTF-8 text'));
    }
  }
  return articles;
}

function loadEvents(file: string, places: Map<string, PlaceRecord>, problems: DataProblem[]) {
  const events = new Map<string, EventRecord>();
  const source = readYaml(file, problems);
  if (!source) return events;
  if (!Array.isArray(source.value)) {
    problems.push(new DataProblem(source.file, 1, 'must be a list of events'));
    return events;
  }
  source.value.forEach((item: unknown, i: number) => {
    const event = checkAt(eventRecordSchema, item, source, [i], problems);
    if (!event) return;
    const line = source.lineOf([i]);
    if (events.has(event.id)) problems.push(new DataProblem(source.file, line, `duplicate id "${event.id}"`));
    else if (!places.has(event.place)) {
      problems.push(
        new DataProblem(source.file, source.lineOf([i, 'place']), `unknown place "${event.place}"`),
      );
    } else events.set(event.id, event);
  });
  return events;
}

export function buildEvents(dataDir: string): BuildResult {
  const problems: DataProblem[] = [];
  const { provinces, places: placeList } = loadGazetteer(dataDir, problems);
  const places = new Map(placeList.map((p) => [p.id, p]));
  const provinceBySlug = new Map(provinces.map((p) => [p.slug, p]));
  const articles = loadArticles(join(dataDir, 'articles'), problems);
  const events = loadEvents(join(dataDir, 'events', 'events.yaml'), places, problems);

  const claims: Array<ClaimRecord & { article: string; said: string }> = [];
  const seen = new Map<string, string>();
  const claimsDir = join(dataDir, 'claims');
  for (const name of listFiles(claimsDir, '.yaml')) {
    const path = safeFile(claimsDir, name, problems);
    if (!path) continue;
    const source = readYaml(path, problems);
    if (!source) continue;
    const file = checkAt(claimsFileSchema, source.value, source, [], problems);
    if (!file) continue;
    const article = articles.get(file.article);
    if (!article) {
      problems.push(
        new DataProblem(source.file, source.lineOf(['article']), `unknown article "${file.article}"`),
      );
      continue;
    }
    file.claims.forEach((item, i) => {
      const claim = checkAt(claimRecordSchema, item, source, ['claims', i], problems);
      if (!claim) return;
      const at = (field: string) => source.lineOf(['claims', i, field]);
      const where = `${source.file}:${source.lineOf(['claims', i])}`;
      const first = seen.get(claim.id);
      if (first) {
        problems.push(
          new DataProblem(source.file, at('id'), `duplicate id "${claim.id}" (first at ${first})`),
        );
        return;
      }
      seen.set(claim.id, where);
      const found = claimProblems(claim, article, { places, provinces: provinceBySlug, events });
      for (const { field, message } of found) problems.push(new DataProblem(source.file, at(field), message));
      if (found.length === 0) claims.push({ ...claim, article: article.id, said: article.published });
    });
  }

  const features = [...events.values()]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .map((event) => {
      const place = places.get(event.place) as PlaceRecord;
      const own = claims
        .filter((c) => c.event === event.id)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
        .map((c) => ({
          id: c.id,
          event: c.event,
          article: c.article,
          said: c.said,
          claimant: c.claimant,
          side: c.side,
          kind: c.kind,
          place: c.place,
          place_name: c.place === null ? null : (places.get(c.place)?.name ?? null),
          place_kind: c.place === null ? null : (places.get(c.place)?.kind ?? null),
          province: c.province,
          place_precision: c.place_precision,
          date: c.date,
          date_precision: c.date_precision,
          ...(c.kind === 'control' ? { holder: c.holder, extent: c.extent, action: c.action } : {}),
          ...(c.casualties ? { casualties: c.casualties } : {}),
          quote: c.quote,
          caveat: c.caveat ?? null,
        }));
      return {
        type: 'Feature',
        id: event.id,
        geometry: place.coordinates ? { type: 'Point', coordinates: place.coordinates } : null,
        properties: {
          name: event.name,
          place: event.place,
          place_name: place.name,
          province: place.province,
          start: event.start,
          end: event.end,
          claims: own,
        },
      };
    });

  const articleList = [...articles.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ text, ...meta }) => meta);
  const version = createHash('sha256')
    .update(JSON.stringify({ articleList, features }))
    .digest('hex')
    .slice(0, 12);
  const output = {
    type: 'FeatureCollection',
    dataset: {
      name: DATASET_NAME,
      version,
      citation: `${DATASET_NAME}, version ${version}: claims of control and casualties in ${scopeWords(datasetScope(articleList, claims))}, on the Taliban's offensives on Afghan provincial capitals. Claims are as reported and were not independently verified.`,
    },
    articles: articleList,
    features,
  };
  return {
    problems,
    output,
    counts: { articles: articles.size, events: features.length, claims: claims.length },
  };
}

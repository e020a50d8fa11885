// read → validate → transform for the claims dataset. Everything wrong is collected, with
// `file:line`, before anything is written; the caller writes only a clean result.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { countRangeFromWords } from '../../src/domain/count-range';
import { formatDay, lastDayCovered } from '../../src/domain/dates';
import { reportsPhrase } from '../../src/domain/labels';
import {
  articleMetaSchema,
  claimRecordSchema,
  claimsFileSchema,
  eventRecordSchema,
  type ArticleMeta,
  type ClaimRecord,
  type EventRecord,
  type PlaceRecord,
  type ProvinceRecord,
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

function sameCount(a: { qualifier: string; low: number | null; high: number | null }, b: typeof a): boolean {
  return a.qualifier === b.qualifier && a.low === b.low && a.high === b.high;
}

/** Whether a place is its province's capital city: the one place a `whole` claim may name besides the province. */
function isCapital(place: PlaceRecord, provinces: Map<string, ProvinceRecord>): boolean {
  const province = place.province === null ? undefined : provinces.get(place.province);
  if (!province || place.kind !== 'city') return false;
  return place.name === province.capital || place.aliases.includes(province.capital);
}

/**
 * Why a control claim cannot be about the whole place, or null when it can. A claim about a
 * facility, a district or another town is about part of the province (a prison does not
 * paint a province); the whole is the provincial capital, the province itself, or a region
 * or country off the map.
 */
function wholeProblem(
  claim: ClaimRecord,
  place: PlaceRecord | undefined,
  provinces: Map<string, ProvinceRecord>,
): string | null {
  if (claim.extent !== 'whole') return null;
  if (claim.place === null) {
    return claim.place_precision === 'province' || claim.province === null
      ? null
      : `a whole claim with no place must be about the province (place_precision province)`;
  }
  if (!place || place.kind === 'region' || place.kind === 'country' || isCapital(place, provinces))
    return null;
  const what = place.kind === 'city' ? 'a town that is not the provincial capital' : `a ${place.kind}`;
  return `"${claim.place}" is ${what}, part of its province: a claim about it has extent part, not whole`;
}

interface ClaimContext {
  places: Map<string, PlaceRecord>;
  provinces: Map<string, ProvinceRecord>;
  events: Map<string, EventRecord>;
}

function checkClaim(
  claim: ClaimRecord,
  article: Article,
  context: ClaimContext,
  at: (field: string) => number,
  file: string,
  problems: DataProblem[],
): boolean {
  const before = problems.length;
  const problem = (field: string, message: string) =>
    problems.push(new DataProblem(file, at(field), message));
  const event = context.events.get(claim.event);
  if (!event) problem('event', `unknown event "${claim.event}"`);
  else if (lastDayCovered(claim.date, claim.date_precision) < event.start || claim.date > event.end) {
    problem(
      'date',
      `date ${formatDay(claim.date, claim.date_precision)} is outside its event "${event.id}" (${event.start}..${event.end})`,
    );
  }
  if (claim.province !== null && !context.provinces.has(claim.province)) {
    problem('province', `unknown province "${claim.province}"`);
  }
  const place = claim.place === null ? undefined : context.places.get(claim.place);
  if (claim.place !== null) {
    if (!place) problem('place', `unknown place "${claim.place}"`);
    else if (place.province !== claim.province) {
      problem(
        'province',
        `place "${claim.place}" is in province "${place.province}", not "${claim.province}"`,
      );
    }
  }
  const whole = wholeProblem(claim, place, context.provinces);
  if (whole) problem('extent', whole);
  if (claim.date > article.published) {
    problem('date', `date ${claim.date} is after the article was published (${article.published})`);
  }
  if (claim.province === null && (claim.place_precision === 'city' || claim.place_precision === 'district')) {
    problem('place_precision', `a claim with no province cannot be ${claim.place_precision}-precise`);
  }
  if (!article.text.includes(claim.quote)) problem('quote', `quote not found in article ${article.id}`);
  if (claim.caveat && !article.text.includes(claim.caveat)) {
    problem('caveat', `caveat not found in article ${article.id}`);
  }
  const count = claim.casualties?.count;
  if (count) {
    if (!claim.quote.includes(count.words))
      problem('casualties', `count words "${count.words}" are not in the quote`);
    const read = countRangeFromWords(count.words);
    if (read.qualifier !== 'unquantified' && !sameCount(read, count)) {
      problem(
        'casualties',
        `count words "${count.words}" mean ${read.qualifier} low ${read.low} high ${read.high}, ` +
          `not ${count.qualifier} low ${count.low} high ${count.high}`,
      );
    }
  }
  return problems.length === before;
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
      const context = { places, provinces: provinceBySlug, events };
      if (checkClaim(claim, article, context, at, source.file, problems))
        claims.push({ ...claim, article: article.id, said: article.published });
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
      citation: `${DATASET_NAME}, version ${version}: claims of control and casualties in ${reportsPhrase(articleList.length)} on the Taliban's offensives on Afghan provincial capitals, 2015–2021. Claims are as reported and were not independently verified.`,
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

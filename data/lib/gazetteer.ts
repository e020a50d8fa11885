// The gazetteer: provinces and places, loaded and checked once for every data script.

import { join } from 'node:path';
import type { z } from 'zod';
import {
  placeRecordSchema,
  provinceRecordSchema,
  type PlaceRecord,
  type ProvinceRecord,
} from '../../src/data/schema';
import { checkAt, DataProblem, displayPath, readYaml } from './yaml-source';

export interface Gazetteer {
  provinces: ProvinceRecord[];
  places: PlaceRecord[];
}

function loadList<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: DataProblem[],
): Array<{ record: z.infer<S>; line: number }> {
  const source = readYaml(file, problems);
  if (!source) return [];
  if (!Array.isArray(source.value)) {
    problems.push(new DataProblem(source.file, 1, 'must be a list'));
    return [];
  }
  const out: Array<{ record: z.infer<S>; line: number }> = [];
  source.value.forEach((item: unknown, index: number) => {
    const record = checkAt(schema, item, source, [index], problems);
    if (record) out.push({ record, line: source.lineOf([index]) });
  });
  const seen = new Map<string, number>();
  for (const { record, line } of out) {
    const id = (record as { id?: string; slug?: string }).id ?? (record as { slug: string }).slug;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(new DataProblem(source.file, line, `duplicate id "${id}" (first at line ${first})`));
    } else seen.set(id, line);
  }
  return out;
}

export function loadProvinces(dataDir: string, problems: DataProblem[]): ProvinceRecord[] {
  return loadList(join(dataDir, 'gazetteer', 'provinces.yaml'), provinceRecordSchema, problems).map(
    (p) => p.record,
  );
}

export function loadGazetteer(dataDir: string, problems: DataProblem[]): Gazetteer {
  const provinces = loadProvinces(dataDir, problems);
  const placesFile = join(dataDir, 'gazetteer', 'places.yaml');
  const places = loadList(placesFile, placeRecordSchema, problems);
  const slugs = new Set(provinces.map((p) => p.slug));
  for (const { record, line } of places) {
    if (record.province !== null && !slugs.has(record.province)) {
      problems.push(new DataProblem(displayPath(placesFile), line, `unknown province "${record.province}"`));
    }
  }
  return { provinces, places: places.map((p) => p.record) };
}

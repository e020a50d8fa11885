// "Readings (CSV)" and "Map data (GeoJSON)": what the map shows, province by province, for the month
// and lens shown: the reading, its lean and support, the latest claim and the claims it rests on.

import type { MultiPolygon, Polygon } from 'geojson';
import { readingLabel, readingText } from '../domain/labels';
import { NO_CLAIM, type ProvinceReading } from '../domain/reading';
import { citationLine, csvCell, type ExportContext } from './claims-export';

export const READING_COLUMNS = [
  'province',
  'iso',
  'month',
  'lens',
  'reading',
  'lean',
  'support',
  'conceded_by',
  'status',
  'pale',
  'latest_claim',
  'latest_claim_precision',
  'latest_side',
  'age_months',
  'claim_ids',
] as const;

export interface ReadingRow {
  name: string;
  iso: string;
  reading: ProvinceReading;
}

export function readingsToCsv(
  rows: readonly ReadingRow[],
  view: { month: string; lens: string },
  context: ExportContext,
): string {
  const lines = [
    csvCell(`# ${citationLine(context)}`),
    csvCell(
      `# Dataset version ${context.info.version}; readings as of the end of ${view.month}, lens ${view.lens}.`,
    ),
    READING_COLUMNS.join(','),
    ...rows.map(({ name, iso, reading }) => {
      const cells: Record<(typeof READING_COLUMNS)[number], string | number | null> = {
        province: name,
        iso,
        month: view.month,
        lens: view.lens,
        reading: readingLabel(reading.reading),
        lean: reading.lean,
        support: reading.support,
        conceded_by: reading.concededBy.join(' '),
        status: readingText(reading),
        pale: reading.pale ? 'yes' : 'no',
        latest_claim: reading.latestDate,
        latest_claim_precision: reading.latestPrecision,
        latest_side: reading.latestSide,
        age_months: reading.ageMonths,
        claim_ids: reading.claimIds.join(' '),
      };
      return READING_COLUMNS.map((column) => csvCell(cells[column])).join(',');
    }),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A province's outline as the boundaries file gives it, in lon/lat. */
export interface ProvinceOutline {
  geometry: Polygon | MultiPolygon;
  properties: { name: string; slug: string; iso: string };
}

/**
 * "Map data (GeoJSON)": the map as polygons, one feature per province of the boundaries file, each
 * with its reading for the month and lens shown and the ids of the claims behind it. A province
 * the readings leave out reads No claim. The header carries the dataset and its citation.
 */
export function readingsToGeoJson(
  provinces: readonly ProvinceOutline[],
  readings: ReadonlyMap<string, ProvinceReading>,
  view: { month: string; lens: string },
  context: ExportContext,
): string {
  const features = provinces.map(({ geometry, properties: { name, slug, iso } }) => {
    const reading = readings.get(slug) ?? NO_CLAIM;
    return {
      type: 'Feature',
      id: iso,
      geometry,
      properties: {
        name,
        slug,
        iso,
        month: view.month,
        lens: view.lens,
        reading: reading.reading,
        reading_label: readingLabel(reading.reading),
        lean: reading.lean,
        support: reading.support,
        status: readingText(reading),
        pale: reading.pale,
        latest_claim: reading.latestDate,
        latest_claim_precision: reading.latestPrecision,
        claim_ids: reading.claimIds,
      },
    };
  });
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      dataset: { ...context.info, citation: citationLine(context) },
      view: { month: view.month, lens: view.lens, readings_as_of: `end of ${view.month}` },
      features,
    },
    null,
    1,
  )}\n`;
}

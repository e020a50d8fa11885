import { useMemo } from 'react';
import { measured } from '../ui/instrumentation';
import { buildReadingIndex, type ProvinceReading, type ReadingIndex } from '../domain/reading';
import { readingTable, type ReadingTable } from '../domain/reading-table';
import type { Lens } from '../domain/vocabulary';
import type { EventsDataset } from '../data/events-dataset';
import type { Boundaries } from '../data/use-provinces';

/** Province list in name order, with look-ups by slug and ISO code. */
export function useProvinceList(boundaries: Boundaries | undefined) {
  return useMemo(() => {
    const list = (boundaries?.provinces.features ?? [])
      .map((f) => f.properties)
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      list,
      bySlug: new Map(list.map((p) => [p.slug, p])),
      byIso: new Map(list.map((p) => [p.iso, p])),
      slugs: new Set(list.map((p) => p.slug)),
    };
  }, [boundaries]);
}

export function useReadingIndex(dataset: EventsDataset | undefined): ReadingIndex | null {
  return useMemo(() => (dataset ? buildReadingIndex(dataset.claims) : null), [dataset]);
}

/** A lens's readings month by month, shared by the map's slider steps and the strip. */
export function useReadingTable(
  index: ReadingIndex | null,
  slugs: readonly string[],
  lens: Lens,
): ReadingTable | null {
  return useMemo(() => (index ? readingTable(index, slugs, lens) : null), [index, slugs, lens]);
}

/**
 * Province readings for a month, keyed by slug, from the lens's table: a month the table already
 * holds (the strip reads them all) is a look-up. Each update is wrapped in the `status-update`
 * User Timing measure (the name tests and benchmarks know it by).
 */
export function useReadings(
  table: ReadingTable | null,
  month: string,
): ReadonlyMap<string, ProvinceReading> | null {
  return useMemo(() => {
    if (!table) return null;
    return measured('status-update', () => table.at(month), { month, lens: table.lens });
  }, [table, month]);
}

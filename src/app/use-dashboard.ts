import { useMemo } from 'react';
import { measured } from './instrumentation';
import { buildReadingIndex, readingsAt, type ProvinceReading, type ReadingIndex } from '../domain/reading';
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

/**
 * Province readings for a month and lens, keyed by slug. Each recomputation is wrapped in the
 * `status-update` User Timing measure (the name tests and benchmarks know it by).
 */
export function useReadings(
  index: ReadingIndex | null,
  slugs: readonly string[],
  month: string,
  lens: Lens,
): Map<string, ProvinceReading> | null {
  return useMemo(() => {
    if (!index) return null;
    return measured('status-update', () => readingsAt(index, slugs, month, lens), { month, lens });
  }, [index, slugs, month, lens]);
}

// What the first-paint file says about one view (month, lens, year): each province's shade and the
// event markers, as the app computes them from the claims dataset.

import { endOfMonth } from '../domain/dates';
import { eventMarkerLabel } from '../domain/labels';
import type { Lens } from '../domain/vocabulary';
import type { Shade } from '../encoding/reading-encoding';
import { shadeAt, type FirstPaintData } from './format';
import type { SvgMarker } from './svg-map';

export interface View {
  month: string;
  lens: Lens;
  year: number | null;
}

export function firstPaintShades(
  data: FirstPaintData,
  view: View,
): Map<string, { shade: Shade; pale: boolean }> {
  return new Map(data.provinces.map((p) => [p.iso, shadeAt(data, view.lens, p.slug, view.month)]));
}

interface MarkedEvent {
  id: string;
  name: string;
  placeName: string;
  province: string | null;
  start: string;
  coordinates: [number, number] | null;
}

/**
 * The event markers of a month: events begun by its end with claims in view (`countOf`), at a place
 * in a province the map draws. Claims with no province stay in the charts and lists, not on the
 * map (docs/codebook.md).
 */
export function eventMarkers(
  events: readonly MarkedEvent[],
  countOf: (eventId: string) => number,
  month: string,
  drawn: (province: string) => boolean = () => true,
): Array<SvgMarker & { province: string }> {
  const until = endOfMonth(month);
  return events.flatMap((event) => {
    const count = countOf(event.id);
    if (!event.coordinates || !event.province || count === 0 || event.start > until) return [];
    if (!drawn(event.province)) return [];
    return [
      {
        id: event.id,
        coordinates: event.coordinates,
        claimCount: count,
        province: event.province,
        label: eventMarkerLabel(event, count),
      },
    ];
  });
}

export function firstPaintMarkers(data: FirstPaintData, view: View): Array<SvgMarker & { province: string }> {
  const year = view.year === null ? 'all' : String(view.year);
  const byId = new Map(data.events.map((e) => [e.id, e.counts[view.lens]?.[year] ?? 0]));
  return eventMarkers(data.events, (id) => byId.get(id) ?? 0, view.month);
}

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

export function firstPaintMarkers(data: FirstPaintData, view: View): Array<SvgMarker & { province: string }> {
  const until = endOfMonth(view.month);
  return data.events.flatMap((event) => {
    const count = event.counts[view.lens]?.[view.year === null ? 'all' : String(view.year)] ?? 0;
    if (count === 0 || event.start > until) return [];
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

// The SVG map: the same provinces, readings, patterns, paleness, names and event markers as the
// WebGL map, in the same projection and framing. It is the map's first paint (drawn before React or
// MapLibre have loaded), and the map itself where WebGL is missing or fails. Plain DOM, no React:
// the early script draws it, and the app adopts the very same element.

import { PALE_OPACITY, patternShapes, SHADE_STYLES, SHADES, type Shade } from '../encoding/reading-encoding';
import { NAME_ANCHORS, nameSize, placeLabels, type Box, type LabelCandidate } from './label-placement';
import { isCompactMap, markerOffsets, markerSize } from '../map/marker-layout';
import { UNIT, type FirstPaintData, type FirstPaintProvince } from './format';
import {
  AFGHANISTAN_BOUNDS,
  FRAME_PADDING,
  fitFrame,
  project,
  projectBounds,
  SELECTION_MAX_ZOOM,
  SELECTION_PADDING,
  type Frame,
} from './projection';

const SVG = 'http://www.w3.org/2000/svg';

/** The colours of the WebGL style (map/map-style.ts) that the SVG map draws too. */
export const SVG_STYLE = {
  land: '#F7F5F0',
  countryLine: '#A3A8AF',
  countryLabel: '#5B6270',
  provinceLine: '#FFFFFF',
  border: '#374151',
  ink: '#111827',
  halo: '#FFFFFF',
} as const;

export interface SvgMarker {
  id: string;
  coordinates: [number, number];
  claimCount: number;
  label: string;
}

export interface SvgMapState {
  /** Shade and paleness by ISO code; a province missing from it reads No claim. */
  shades: ReadonlyMap<string, { shade: Shade; pale: boolean }>;
  /** What each province's shape says to a screen reader, by ISO code (its reading in words). */
  descriptions?: ReadonlyMap<string, string>;
  selectedIso: string | null;
  markers: readonly SvgMarker[];
}

export interface SvgMapCallbacks {
  onSelect?: (iso: string | null) => void;
  onHover?: (iso: string | null) => void;
  onMarker?: (id: string) => void;
}

export interface SvgMapHandle {
  /** The map's root element, to be placed (or moved) into its frame. */
  element: HTMLDivElement;
  update(state: SvgMapState): void;
  setCallbacks(callbacks: SvgMapCallbacks): void;
  destroy(): void;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

let measure: CanvasRenderingContext2D | null | undefined;
/** A text's width in px in the map's face (a 2D canvas measures it; no WebGL is touched). */
function textWidth(words: string, size: number, letterSpacing: number): number {
  measure ??= document.createElement('canvas').getContext('2d');
  const spacing = words.length * letterSpacing * size;
  if (!measure) return words.length * size * 0.58 + spacing;
  measure.font = `600 ${size}px 'Noto Sans', system-ui, sans-serif`;
  return measure.measureText(words).width + spacing;
}

/**
 * An event marker: a filled disc with its count, or on a compact (narrow) map a hollow ring
 * through which the province's colour shows, as the WebGL map draws them (app.css .event-marker).
 */
function markerElement(marker: SvgMarker, x: number, y: number, r: number, compact: boolean): SVGGElement {
  const g = el('g', {
    class: compact ? 'svg-map__marker svg-map__marker--compact' : 'svg-map__marker',
    transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
    role: 'button',
    tabindex: 0,
    'aria-label': marker.label,
    'data-event': marker.id,
  });
  const title = el('title');
  title.textContent = marker.label;
  const count = el('text', {
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    fill: compact ? '#111827' : '#fff',
    'font-size': compact ? 9 : 10,
    'font-weight': compact ? 700 : 600,
    'aria-hidden': 'true',
    ...(compact && {
      stroke: '#fff',
      'stroke-width': 2.5,
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
    }),
  });
  count.textContent = String(marker.claimCount);
  const disc = compact
    ? [
        el('circle', { r: r - 0.75, fill: 'none', stroke: '#fff', 'stroke-width': 3 }),
        el('circle', { r: r - 0.75, fill: 'none', stroke: '#111827', 'stroke-width': 1.5 }),
      ]
    : [el('circle', { r, fill: 'rgba(17, 24, 39, 0.82)', stroke: '#fff', 'stroke-width': 2 })];
  g.append(title, ...disc, count);
  return g;
}

/**
 * Draws the map into a new element. `idPrefix` keeps the pattern ids of two maps on one page
 * apart. The element lays itself out to its box whenever the box changes size.
 */
export function createSvgMap(
  data: FirstPaintData,
  idPrefix: string,
  /** A fixed size (an export) instead of the size of the element's box. */
  fixedSize?: { width: number; height: number },
): SvgMapHandle {
  const element = document.createElement('div');
  element.className = 'svg-map';
  element.dataset.renderer = 'svg';
  const svg = el('svg', { class: 'svg-map__svg', 'aria-hidden': 'false' });
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Provinces');
  element.append(svg);

  const defs = el('defs');
  const patterns = new Map<Shade, SVGPatternElement>();
  for (const shade of SHADES) {
    const style = SHADE_STYLES[shade];
    if (!style.pattern) continue;
    const { background, lines } = patternShapes(style.pattern);
    const pattern = el('pattern', {
      id: `${idPrefix}-${shade}`,
      width: 8,
      height: 8,
      patternUnits: 'userSpaceOnUse',
    });
    // The shade's fill under the stripes, so one paint draws both.
    pattern.append(el('rect', { width: 8, height: 8, fill: background ?? style.fill }));
    for (const line of lines) {
      pattern.append(
        el('line', {
          x1: line.x1,
          y1: line.y1,
          x2: line.x2,
          y2: line.y2,
          stroke: line.color,
          'stroke-width': line.width,
        }),
      );
    }
    patterns.set(shade, pattern);
    defs.append(pattern);
  }
  svg.append(defs);

  const world = el('g', { class: 'svg-map__world' });
  const countries = el('g', { fill: 'none', stroke: SVG_STYLE.countryLine, 'stroke-width': 0.8 });
  for (const country of data.countries) {
    countries.append(el('path', { d: country.d, 'vector-effect': 'non-scaling-stroke' }));
  }
  const provinceGroup = el('g', {
    stroke: SVG_STYLE.provinceLine,
    'stroke-width': 1,
    'stroke-linejoin': 'round',
  });
  const shapes = new Map<string, SVGPathElement>();
  const byIso = new Map<string, FirstPaintProvince>();
  const order = [...data.provinces].sort((a, b) => a.name.localeCompare(b.name));
  for (const province of data.provinces) {
    const path = el('path', {
      d: province.d,
      'vector-effect': 'non-scaling-stroke',
      'data-province': province.slug,
      'data-iso': province.iso,
      role: 'button',
      tabindex: -1,
    });
    shapes.set(province.iso, path);
    byIso.set(province.iso, province);
    provinceGroup.append(path);
  }
  const hoverOutline = el('path', {
    fill: 'none',
    stroke: SVG_STYLE.ink,
    'stroke-width': 1.5,
    'vector-effect': 'non-scaling-stroke',
    'pointer-events': 'none',
  });
  const selectedOutline = el('path', {
    fill: 'none',
    stroke: SVG_STYLE.ink,
    'stroke-width': 3,
    'vector-effect': 'non-scaling-stroke',
    'pointer-events': 'none',
  });
  const border = el('path', {
    d: data.border,
    fill: 'none',
    stroke: SVG_STYLE.border,
    'stroke-width': 1.6,
    'vector-effect': 'non-scaling-stroke',
    'pointer-events': 'none',
  });
  world.append(countries, provinceGroup, border, hoverOutline, selectedOutline);

  // Names and markers are laid out in screen px, as MapLibre's symbols are.
  const labels = el('g', { class: 'svg-map__labels', 'pointer-events': 'none', 'aria-hidden': 'true' });
  const markerGroup = el('g', { class: 'svg-map__markers' });
  svg.append(world, labels, markerGroup);

  let state: SvgMapState = { shades: new Map(), selectedIso: null, markers: [] };
  let callbacks: SvgMapCallbacks = {};
  let size = fixedSize ?? { width: 0, height: 0 };
  let focusIso: string | null = null;
  let laidOut = false;

  const frame = (): Frame => {
    const selected = state.selectedIso ? byIso.get(state.selectedIso) : undefined;
    if (selected) {
      const box = selected.box.map((v) => v / UNIT);
      return fitFrame(box, size.width, size.height, SELECTION_PADDING, SELECTION_MAX_ZOOM);
    }
    return fitFrame(projectBounds(AFGHANISTAN_BOUNDS), size.width, size.height, FRAME_PADDING);
  };

  function layout() {
    const { width, height } = size;
    if (width === 0 || height === 0) return;
    laidOut = true;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const { scale, tx, ty } = frame();
    const k = scale / UNIT;
    world.setAttribute('transform', `matrix(${k} 0 0 ${k} ${tx} ${ty})`);
    // Patterns keep their size on screen, as MapLibre's do.
    for (const pattern of patterns.values()) pattern.setAttribute('patternTransform', `scale(${1 / k})`);
    const at = ([x, y]: readonly number[]) => [(x ?? 0) * k + tx, (y ?? 0) * k + ty] as const;

    labels.replaceChildren();
    markerGroup.replaceChildren();
    // As MapLibre places symbols: the markers first, then the province names where they find room
    // (on their point, or just off it), then the neighbours' names; a name with no room is left out.
    const taken: Box[] = [];
    const compact = isCompactMap(width);
    const offsets = markerOffsets(state.markers, { compact });
    state.markers.forEach((marker, i) => {
      const [wx, wy] = project(marker.coordinates[0], marker.coordinates[1]);
      const [cx, cy] = at([wx * UNIT, wy * UNIT]);
      const x = cx + (offsets[i] ?? 0);
      const r = markerSize(marker.claimCount, compact) / 2;
      taken.push([x - r - 1, cy - r - 1, x + r + 1, cy + r + 1]);
      markerGroup.append(markerElement(marker, x, cy, r, compact));
    });
    const provinceAttrs = {
      fill: SVG_STYLE.ink,
      stroke: SVG_STYLE.halo,
      'stroke-width': 3.2,
      'font-weight': 600,
    };
    const countryAttrs = {
      fill: SVG_STYLE.countryLabel,
      stroke: SVG_STYLE.land,
      'stroke-width': 3,
      'letter-spacing': '0.2em',
    };
    const fontSize = nameSize(scale);
    const candidates: Array<LabelCandidate & { attrs: Record<string, string | number> }> = [
      ...data.provinces.map((province) => {
        const [x, y] = at(province.label);
        const width = textWidth(province.name, fontSize, 0);
        return {
          text: province.name,
          x,
          y,
          size: fontSize,
          width,
          anchors: NAME_ANCHORS,
          attrs: provinceAttrs,
        };
      }),
      ...data.countries.flatMap((country) => {
        if (!country.label) return [];
        const [x, y] = at(country.label);
        const text = country.name.toUpperCase();
        const width = textWidth(text, 12, 0.2);
        return [{ text, x, y, size: 12, width, anchors: [[0, 0]] as const, attrs: countryAttrs }];
      }),
    ];
    for (const label of placeLabels(candidates, taken, { width, height }, 'clip')) {
      const node = el('text', {
        x: label.x.toFixed(1),
        y: label.y.toFixed(1),
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'paint-order': 'stroke',
        'stroke-linejoin': 'round',
        'font-size': label.size.toFixed(1),
        ...candidates[label.index]?.attrs,
      });
      node.textContent = label.text;
      labels.append(node);
    }
  }

  function paint() {
    for (const [iso, path] of shapes) {
      const shade = state.shades.get(iso) ?? { shade: 'no_claim' as const, pale: false };
      const pattern = patterns.get(shade.shade);
      path.setAttribute('fill', pattern ? `url(#${pattern.id})` : SHADE_STYLES[shade.shade].fill);
      path.setAttribute('fill-opacity', String(shade.pale ? PALE_OPACITY : 1));
      path.setAttribute('data-reading', readingOf(shade.shade));
      path.setAttribute('data-pale', String(shade.pale));
      const province = byIso.get(iso);
      const words = state.descriptions?.get(iso);
      path.setAttribute('aria-label', words ? `${province?.name}: ${words}` : (province?.name ?? iso));
      path.setAttribute('aria-pressed', String(iso === state.selectedIso));
    }
    const selected = state.selectedIso ? byIso.get(state.selectedIso) : undefined;
    selectedOutline.setAttribute('d', selected?.d ?? '');
    // One province is reachable with Tab; the arrow keys move between them (a roving tab stop).
    const current =
      focusIso && shapes.has(focusIso) ? focusIso : (state.selectedIso ?? order[0]?.iso ?? null);
    for (const [iso, path] of shapes) path.setAttribute('tabindex', iso === current ? '0' : '-1');
  }

  const hover = (iso: string | null) => {
    hoverOutline.setAttribute('d', iso ? (byIso.get(iso)?.d ?? '') : '');
    callbacks.onHover?.(iso);
  };
  const isoOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest('[data-iso]')?.getAttribute('data-iso') : null;
  provinceGroup.addEventListener('pointerover', (event) => hover(isoOf(event.target) ?? null));
  provinceGroup.addEventListener('pointerleave', () => hover(null));
  provinceGroup.addEventListener('click', (event) => callbacks.onSelect?.(isoOf(event.target) ?? null));
  provinceGroup.addEventListener('focusin', (event) => {
    focusIso = isoOf(event.target) ?? null;
    hover(focusIso);
  });
  provinceGroup.addEventListener('focusout', () => hover(null));
  provinceGroup.addEventListener('keydown', (event) => {
    const iso = isoOf(event.target);
    const at = order.findIndex((p) => p.iso === iso);
    if (at < 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | null = null;
    if (event.key in step) next = (at + (step[event.key] ?? 0) + order.length) % order.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      callbacks.onSelect?.(iso ?? null);
      return;
    } else if (event.key === 'Escape') {
      callbacks.onSelect?.(null);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    focusIso = order[next]?.iso ?? null;
    paint();
    if (focusIso) shapes.get(focusIso)?.focus();
  });
  const markerOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest('[data-event]')?.getAttribute('data-event') : null;
  markerGroup.addEventListener('click', (event) => {
    const id = markerOf(event.target);
    if (id) callbacks.onMarker?.(id);
  });
  markerGroup.addEventListener('keydown', (event) => {
    const id = markerOf(event.target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      callbacks.onMarker?.(id);
    }
  });

  const observer = fixedSize
    ? null
    : new ResizeObserver(([entry]) => {
        if (!entry) return;
        const { width, height } = entry.contentRect;
        if (width === size.width && height === size.height) return;
        size = { width, height };
        layout();
      });
  observer?.observe(element);

  return {
    element,
    update(next) {
      let reframe = next.selectedIso !== state.selectedIso || next.markers !== state.markers;
      state = next;
      // Laid out at once when the element is already in the page, so the first paint is whole.
      if (!fixedSize && size.width === 0 && element.isConnected) {
        const box = element.getBoundingClientRect();
        size = { width: box.width, height: box.height };
        reframe = true;
      }
      paint();
      if (reframe || !laidOut) layout();
    },
    setCallbacks(next) {
      callbacks = next;
    },
    destroy() {
      observer?.disconnect();
      element.remove();
    },
  };
}

/** The reading a shade draws, as `data-reading` names it (the status table's words, in snake case). */
export function readingOf(shade: Shade): string {
  return shade.startsWith('fighting') ? 'fighting' : shade;
}

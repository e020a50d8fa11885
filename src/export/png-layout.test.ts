import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFGHANISTAN_BOUNDS, projectBounds } from '../first-paint/projection';
import type { Lens } from '../domain/vocabulary';
import {
  fitMap,
  framingBox,
  layoutLegend,
  layoutPng,
  legendItems,
  MIN_SPAN,
  pngDimensions,
  PNG_SIZE_NAMES,
  wrap,
  type LegendItem,
  type Measure,
  type PngSize,
} from './png-layout';

/** A face whose every character is 0.55 em wide: sizes are read from the canvas font string. */
const measure: Measure = (text, font) => text.length * Number.parseFloat(font.split(' ')[1] ?? '10') * 0.55;
/** Every character 10 px wide. */
const tenPx = (text: string) => text.length * 10;

describe('pngDimensions: two fixed sizes, whatever the window', () => {
  it.each<[PngSize, number, number, number]>([
    ['article', 1, 2400, 2000],
    ['article', 2, 2400, 1600],
    ['square', 1, 1080, 1080],
    ['square', 2, 1080, 1080],
  ])('%s with %d map(s): %d × %d px', (size, maps, width, height) => {
    const dims = pngDimensions(size, maps);
    expect([dims.pixelWidth, dims.pixelHeight]).toEqual([width, height]);
  });

  it('article width is 1200 CSS px at 2×', () => {
    expect(pngDimensions('article', 1)).toMatchObject({ width: 1200, scale: 2 });
  });

  it('an unknown size falls back to article width', () => {
    expect(pngDimensions('poster' as PngSize, 1).pixelWidth).toBe(2400);
  });
});

const COUNTRY = projectBounds(AFGHANISTAN_BOUNDS);
const UNIT = 128;
const PROVINCES = [
  { iso: 'AF-GHA', box: [44_900, 26_400, 45_300, 26_800] },
  { iso: 'AF-KAB', box: [45_400, 26_200, 45_450, 26_240] },
  { iso: 'AF-PNT', box: [45_000, 26_000, 45_000, 26_000] },
  { iso: 'AF-BAD', box: [Number.NaN, 0, 1, 1] },
  { iso: 'AF-SHORT', box: [1, 2] },
];

describe('framingBox: the country, or a province and its surroundings', () => {
  const contains = (outer: readonly number[], inner: readonly number[]) =>
    outer[0]! <= inner[0]! && outer[1]! <= inner[1]! && outer[2]! >= inner[2]! && outer[3]! >= inner[3]!;

  it.each<[string, string | null]>([
    ['no province selected', null],
    ['an unknown province', 'AF-XXX'],
    ['a box that is not a number', 'AF-BAD'],
    ['a box of two numbers', 'AF-SHORT'],
  ])('%s: Afghanistan whole', (_name, iso) => {
    expect(framingBox(PROVINCES, iso, UNIT)).toEqual(COUNTRY);
  });

  it('a unit of 0 gives the whole country', () => {
    expect(framingBox(PROVINCES, 'AF-GHA', 0)).toEqual(COUNTRY);
  });

  it.each(['AF-GHA', 'AF-KAB', 'AF-PNT'])(
    '%s: its box, padded, centred on it, at least MIN_SPAN wide',
    (iso) => {
      const box = PROVINCES.find((p) => p.iso === iso)!.box.map((v) => v / UNIT);
      const frame = framingBox(PROVINCES, iso, UNIT);
      expect(contains(frame, box)).toBe(true);
      expect(frame[2] - frame[0]).toBeGreaterThanOrEqual(MIN_SPAN - 1e-9);
      expect(frame[3] - frame[1]).toBeGreaterThanOrEqual(MIN_SPAN - 1e-9);
      expect((frame[0] + frame[2]) / 2).toBeCloseTo((box[0]! + box[2]!) / 2, 9);
      expect((frame[1] + frame[3]) / 2).toBeCloseTo((box[1]! + box[3]!) / 2, 9);
    },
  );

  it('a large province gets its own size again around it', () => {
    const box = PROVINCES[0]!.box.map((v) => v / UNIT);
    const frame = framingBox(PROVINCES, 'AF-GHA', UNIT);
    expect(frame[2] - frame[0]).toBeCloseTo(2 * (box[2]! - box[0]!), 9);
  });
});

describe('fitMap: the framing in a map box, aspect kept', () => {
  it.each<[string, number[], number, number, number]>([
    ['wider than tall', [0, 0, 100, 50], 220, 220, 10],
    ['taller than wide', [0, 0, 50, 100], 220, 400, 10],
    ['the country in an article map', [...COUNTRY], 1152, 700, 16],
  ])('%s: inside the padding, centred', (_name, box, width, height, padding) => {
    const f = fitMap(box, width, height, padding);
    const [x0, y0] = [box[0]! * f.scale + f.tx, box[1]! * f.scale + f.ty];
    const [x1, y1] = [box[2]! * f.scale + f.tx, box[3]! * f.scale + f.ty];
    expect(x0).toBeGreaterThanOrEqual(padding - 1e-9);
    expect(y0).toBeGreaterThanOrEqual(padding - 1e-9);
    expect(x1).toBeLessThanOrEqual(width - padding + 1e-9);
    expect(y1).toBeLessThanOrEqual(height - padding + 1e-9);
    expect((x0 + x1) / 2).toBeCloseTo(width / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(height / 2, 6);
    // One side touches its padding: the box is as large as it can be.
    expect(Math.min(x0, y0)).toBeCloseTo(padding, 6);
  });

  it.each<[string, number[], number, number, number]>([
    ['a box of no size', [5, 5, 5, 5], 400, 300, 16],
    ['a box with no numbers', [], 400, 300, 16],
    ['a map of no size', [...COUNTRY], 0, 0, 16],
    ['a negative map', [...COUNTRY], -10, -5, 16],
    ['padding wider than the map', [...COUNTRY], 20, 20, 100],
  ])('%s: a finite frame', (_name, box, width, height, padding) => {
    const f = fitMap(box, width, height, padding);
    expect([f.scale, f.tx, f.ty].every(Number.isFinite)).toBe(true);
    expect(f.scale).toBeGreaterThan(0);
  });

  it('a box of no size is framed MIN_SPAN across around its point', () => {
    const f = fitMap([5, 5, 5, 5], 400, 400, 0);
    expect(f.scale).toBeCloseTo(400 / MIN_SPAN, 9);
    expect(5 * f.scale + f.tx).toBeCloseTo(200, 9);
  });
});

describe('wrap: text in lines that fit its width', () => {
  it.each<[string, string, number, string[]]>([
    ['fits on one line', 'End of August 2018', 200, ['End of August 2018']],
    [
      'breaks between words',
      'What the claims say about who holds',
      120,
      ['What the', 'claims say', 'about who', 'holds'],
    ],
    ['exactly the width', 'abcde fghij', 110, ['abcde fghij']],
    ['one pixel short', 'abcde fghij', 109, ['abcde', 'fghij']],
    [
      'a word wider than the line is cut after a hyphen',
      'a Mazar-i-Sharif b',
      80,
      ['a', 'Mazar-i-', 'Sharif b'],
    ],
    ['a word with no hyphen is cut where it must', 'abcdefghij', 40, ['abcd', 'efgh', 'ij']],
    ['runs of spaces count as one', 'a   b', 100, ['a b']],
    ['empty text: no lines', '', 100, []],
    ['only spaces: no lines', '   ', 100, []],
  ])('%s', (_name, text, width, lines) => {
    expect(wrap(tenPx, text, width)).toEqual(lines);
  });

  it('a line narrower than one character still ends (one character a line)', () => {
    expect(wrap(tenPx, 'abc', 5)).toEqual(['a', 'b', 'c']);
  });

  it('no line is ever wider than the width, and no word is lost', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z-]{1,30}$/), { maxLength: 30 }),
        fc.integer({ min: 10, max: 400 }),
        (words, width) => {
          const lines = wrap(tenPx, words.join(' '), width);
          expect(lines.every((line) => tenPx(line) <= width)).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('legendItems: every encoding the maps use', () => {
  const kinds = (items: LegendItem[]) =>
    items.map((i) => ('shade' in i && i.kind === 'shade' ? i.shade : i.kind));

  it.each<[string, Lens[], boolean]>([
    ['all claimants', ['all'], true],
    ['one side', ['taliban'], false],
    ['two sides side by side', ['taliban', 'afghan_government'], false],
    ['a side beside all claimants', ['taliban', 'all'], true],
    ['all claimants beside a side', ['all', 'residents'], true],
  ])('%s: Disputed listed only where a lens can show it (%s)', (_name, lenses, disputed) => {
    expect(kinds(legendItems(lenses, null)).includes('disputed')).toBe(disputed);
  });

  it('lists the readings, then paleness and the event marker, and the outline of a selected province', () => {
    const items = kinds(legendItems(['all'], 'Ghazni'));
    expect(items).toEqual(
      expect.arrayContaining(['taliban', 'government', 'fighting', 'no_recent_claim', 'no_claim']),
    );
    expect(items.slice(-3)).toEqual(['pale', 'marker', 'selected']);
    expect(legendItems(['all'], 'Ghazni').at(-1)?.label).toContain('Ghazni');
    expect(kinds(legendItems(['all'], null))).not.toContain('selected');
  });
});

describe('layoutLegend: entries in rows across the width', () => {
  const metrics = { swatch: 10, gap: 5, spacing: 10, line: 20 };
  const item = (label: string): LegendItem => ({ kind: 'marker', count: 3, label });

  it.each<[string, string[], number, Array<[number, number]>, number]>([
    [
      'all on one row',
      ['ab', 'cd'],
      200,
      [
        [0, 0],
        [45, 0],
      ],
      20,
    ],
    [
      'the second wraps to a new row',
      ['abcdef', 'cd'],
      100,
      [
        [0, 0],
        [0, 20],
      ],
      40,
    ],
    ['no entries: no height', [], 100, [], 0],
  ])('%s', (_name, labels, width, positions, height) => {
    const out = layoutLegend(labels.map(item), tenPx, { x: 0, y: 0, width }, metrics);
    expect(out.placed.map((p) => [p.x, p.y])).toEqual(positions);
    expect(out.height).toBe(height);
  });

  it('a label wider than a row is wrapped beside its swatch, and the row is as tall as its lines', () => {
    const out = layoutLegend([item('aaaa bbbb cccc'), item('d')], tenPx, { x: 0, y: 0, width: 60 }, metrics);
    expect(out.placed[0]!.lines).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(out.placed[1]!.y).toBe(60);
    expect(out.height).toBe(80);
  });
});

describe('layoutPng: fixed size, nothing overflows', () => {
  const longText = 'Source: claims in many news reports by '.concat(
    'An Outlet With A Long Name; '.repeat(12),
  );
  const cases = PNG_SIZE_NAMES.flatMap((size) =>
    [1, 2].flatMap((maps) =>
      [
        ['plain', 'What the claims say about who holds each Afghan province', 'End of August 2018 · claims'],
        ['long', `${longText} ${longText}`, longText],
      ].map(([name, title, source]) => ({ size, maps, name: name!, title: title!, source: source! })),
    ),
  );

  it.each(cases)('$size, $maps map(s), $name text', ({ size, maps, title, source }) => {
    const layout = layoutPng(
      {
        size,
        title,
        subtitle: 'End of August 2018 · claims by all claimants and claims by the Taliban',
        captions: maps > 1 ? ['All claimants say', 'Taliban say'] : [null],
        legend: legendItems(['all'], 'Ghazni'),
        notes: [source, 'Boundaries: Natural Earth (public domain). Map: Claimed Ground.'],
      },
      measure,
    );
    const dims = pngDimensions(size, maps);
    expect([layout.width, layout.height]).toEqual([dims.width, dims.height]);
    expect(layout.maps).toHaveLength(maps);
    for (const line of layout.texts) {
      const width = measure(line.text, line.font);
      const left = line.align === 'center' ? line.x - width / 2 : line.x;
      expect(left).toBeGreaterThanOrEqual(layout.margin - 1e-6);
      expect(left + width).toBeLessThanOrEqual(layout.width - layout.margin + 1e-6);
      expect(line.y).toBeGreaterThanOrEqual(0);
      expect(line.y + Number.parseFloat(line.font.split(' ')[1]!) * 1.3).toBeLessThanOrEqual(layout.height);
    }
    const { swatch, gap, line } = layout.legendMetrics;
    for (const entry of layout.legend) {
      const right =
        entry.x + swatch + gap + Math.max(...entry.lines.map((l) => measure(l, layout.legendFont)));
      expect(right).toBeLessThanOrEqual(layout.width - layout.margin + 1e-6);
      expect(entry.y + entry.lines.length * line).toBeLessThanOrEqual(layout.height);
    }
    // The maps sit side by side, inside the image, clear of the text above and below them.
    for (const map of layout.maps) {
      expect(map.width).toBeGreaterThan(0);
      expect(map.height).toBeGreaterThan(0);
      expect(map.x + map.width).toBeLessThanOrEqual(layout.width - layout.margin + 1e-6);
      for (const text of layout.texts) {
        const size = Number.parseFloat(text.font.split(' ')[1]!);
        const clear = text.y + size * 1.3 <= map.y + 1e-6 || text.y >= map.y + map.height - 1e-6;
        expect(clear).toBe(true);
      }
      for (const entry of layout.legend) expect(entry.y).toBeGreaterThanOrEqual(map.y + map.height);
    }
    if (maps > 1) expect(layout.maps[1]!.x).toBeGreaterThanOrEqual(layout.maps[0]!.x + layout.maps[0]!.width);
  });

  it('plain text keeps its full size; long text is set smaller to leave the maps room', () => {
    const input = {
      size: 'square' as const,
      title: 'Title',
      subtitle: 'Month',
      captions: [null],
      legend: legendItems(['all'], null),
      notes: ['Source'],
    };
    expect(layoutPng(input, measure).textScale).toBe(1);
    const long = layoutPng({ ...input, notes: [longText.repeat(4)] }, measure);
    expect(long.textScale).toBeLessThan(1);
  });
});

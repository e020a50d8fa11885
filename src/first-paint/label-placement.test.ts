import { describe, expect, it } from 'vitest';
import { NAME_ANCHORS, nameSize, placeLabels } from './label-placement';

describe('nameSize: the province names grow with the zoom, 10–14 px', () => {
  it.each([
    [2 ** 3, 10],
    [2 ** 4, 10],
    [2 ** 5.5, 12],
    [2 ** 7, 14],
    [2 ** 9, 14],
    [0, 10],
  ])('scale %d → %d px', (scale, size) => expect(nameSize(scale)).toBeCloseTo(size, 9));
});

describe('placeLabels: names where they find room, as MapLibre places them', () => {
  const area = { width: 200, height: 100 };
  const name = (text: string, x: number, y: number) => ({
    text,
    x,
    y,
    size: 10,
    width: text.length * 6,
    anchors: NAME_ANCHORS,
  });

  it.each<[string, ReturnType<typeof name>[], Array<[number, number, number, number]>, string[]]>([
    ['free: on its point', [name('Ghazni', 100, 50)], [], ['Ghazni@100,50']],
    [
      'a marker on its point: just below it',
      [name('Ghazni', 100, 50)],
      [[90, 40, 110, 60]],
      ['Ghazni@100,67'],
    ],
    [
      'two names on one point: the second moves off it',
      [name('Aa', 100, 50), name('Bb', 100, 50)],
      [],
      ['Aa@100,50', 'Bb@100,67'],
    ],
    ['outside the map: left out', [name('Far', 500, 50)], [], []],
    ['at the edge with no room inside: left out', [name('Edge', 0, 0)], [[0, 0, 200, 100]], []],
    ['no names', [], [[0, 0, 10, 10]], []],
  ])('%s', (_name, candidates, taken, expected) => {
    const placed = placeLabels(candidates, taken, area).map((p) => `${p.text}@${p.x},${p.y}`);
    expect(placed).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof name>, string[]]>([
    // On screen a name may run off the edge, as MapLibre clips it…
    ['partly off the edge: kept on its point', name('Edge', 5, 50), ['Edge@5,50']],
    // …and one wholly off the map is left out, not moved onto it.
    ['wholly off the map: left out', name('Far', 500, 50), []],
  ])("edge 'clip' (a map on screen): %s", (_name, candidate, expected) => {
    const placed = placeLabels([candidate], [], area, 'clip').map((p) => `${p.text}@${p.x},${p.y}`);
    expect(placed).toEqual(expected);
  });

  it('gives each name placed its candidate’s index', () => {
    const placed = placeLabels([name('Aa', 500, 50), name('Bb', 100, 50)], [], area);
    expect(placed.map((p) => p.index)).toEqual([1]);
  });
});

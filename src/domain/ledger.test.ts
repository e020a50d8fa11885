import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRangeFromWords, type CountRange } from './count-range';
import {
  ABOUT_SHARE,
  ledgerRows,
  markGeometry,
  markKind,
  markRangeWords,
  outcomeLabel,
  panelOf,
  panelScale,
  scalePosition,
  type LedgerEvent,
  type LedgerMark,
  type MarkKind,
  type Panel,
  type PanelScale,
} from './ledger';
import type { ClaimLike } from './types';
import {
  CLAIMANT_SIDES,
  MEASURES,
  VICTIM_SIDES,
  type ClaimantSide,
  type Measure,
  type VictimSide,
} from './vocabulary';

const EVENTS = new Map<string, LedgerEvent>(
  [
    {
      id: 'ghazni-2018-08',
      name: 'Assault on Ghazni',
      placeName: 'Ghazni',
      province: 'ghazni',
      start: '2018-08-10',
    },
    {
      id: 'kunduz-2015-09',
      name: 'Assault on Kunduz',
      placeName: 'Kunduz',
      province: 'kunduz',
      start: '2015-09-28',
    },
    {
      id: 'north-2021',
      name: 'The north',
      placeName: 'Northern Afghanistan',
      province: null,
      start: '2021-05-01',
    },
  ].map((e) => [e.id, e]),
);

let next = 0;
function claim(
  side: ClaimantSide,
  count: string | CountRange,
  {
    measure = 'killed',
    victim = 'afghan_government',
    event = 'ghazni-2018-08',
    date = '2018-08-10',
  }: { measure?: Measure; victim?: VictimSide; event?: string; date?: string } = {},
): ClaimLike {
  next += 1;
  return {
    id: `c${String(next).padStart(3, '0')}`,
    event,
    article: 'a',
    said: date,
    claimant: `${side} speaker`,
    side,
    kind: 'casualties',
    place: null,
    place_name: 'Ghazni',
    place_kind: null,
    province: 'ghazni',
    place_precision: 'province',
    date,
    date_precision: 'day',
    casualties: {
      measure,
      victim_side: victim,
      count: typeof count === 'string' ? countRangeFromWords(count) : count,
    },
    quote: 'q',
    caveat: null,
  };
}

const mark = (kind: MarkKind, low: number | null, high: number | null): LedgerMark => ({
  claimId: 'm',
  side: 'taliban',
  claimant: 't',
  date: '2018-08-10',
  kind,
  words: 'w',
  low,
  high,
  problems: [],
});

describe('markKind', () => {
  it.each<[string, CountRange, MarkKind]>([
    ['an exact count', countRangeFromWords('38'), 'point'],
    ['an approximate count', countRangeFromWords('some 30'), 'about'],
    ['at least', countRangeFromWords('At least 25'), 'open'],
    ['more than', countRangeFromWords('more than 140'), 'open'],
    ['a range', countRangeFromWords('between 20 and 30'), 'range'],
    ['up to', countRangeFromWords('up to 50'), 'up_to'],
    ['no number', countRangeFromWords('heavy casualties'), 'words'],
    ['a negative count', { words: 'forty', qualifier: 'exact', low: -40, high: -40 }, 'words'],
    ['a fractional count', { words: '2.5', qualifier: 'exact', low: 2.5, high: 2.5 }, 'words'],
    ['an implausible count', { words: 'many', qualifier: 'exact', low: 1e15, high: 1e15 }, 'words'],
    ['low above high', { words: '30 to 20', qualifier: 'range', low: 30, high: 20 }, 'words'],
    ['an open count with a high', { words: 'over 9', qualifier: 'more_than', low: 10, high: 12 }, 'words'],
    [
      'an unquantified count with numbers',
      { words: 'x', qualifier: 'unquantified', low: 3, high: 3 },
      'words',
    ],
  ])('%s', (_name, count, kind) => {
    expect(markKind(count)).toBe(kind);
  });
});

describe('panelOf and outcomeLabel', () => {
  it.each<[Measure, Panel]>([
    ['killed', 'harm'],
    ['injured', 'harm'],
    ['killed_or_injured', 'harm'],
    ['captured', 'status'],
    ['surrendered', 'status'],
    ['defected', 'status'],
    ['released', 'status'],
    ['fled', 'status'],
  ])('%s is in the %s panel', (measure, panel) => {
    expect(panelOf(measure)).toBe(panel);
  });

  it.each<[Measure, VictimSide, string]>([
    ['killed', 'afghan_government', 'Afghan forces killed'],
    ['killed_or_injured', 'taliban', 'Taliban killed or injured'],
    ['released', 'unspecified', 'people released'],
    ['killed', 'all_sides', 'people on all sides killed'],
  ])('%s of %s reads "%s"', (measure, victim, label) => {
    expect(outcomeLabel(measure, victim)).toBe(label);
  });
});

describe('ledgerRows', () => {
  it('keeps each claimant’s figure as said, and adds nothing up', () => {
    const rows = ledgerRows(
      [
        claim('taliban', 'more than 140'),
        claim('afghan_government', 'several deaths'),
        claim('taliban', '3'),
      ],
      EVENTS,
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      eventLabel: 'Ghazni, Aug 2018',
      outcomeLabel: 'Afghan forces killed',
      panel: 'harm',
      event: { id: 'ghazni-2018-08' },
    });
    // One mark per claim, with its own words and numbers: never 144, never "63 or more".
    expect(row?.marks.map((m) => [m.side, m.words, m.kind, m.low, m.high])).toEqual([
      ['taliban', 'more than 140', 'open', 141, null],
      ['taliban', '3', 'point', 3, 3],
      ['afghan_government', 'several deaths', 'words', null, null],
    ]);
  });

  it('gives one row per event and outcome, in time order', () => {
    const rows = ledgerRows(
      [
        claim('taliban', '5', { measure: 'captured' }),
        claim('media', '2', { event: 'kunduz-2015-09', date: '2015-09-28', victim: 'taliban' }),
        claim('taliban', '7'),
        claim('afghan_government', 'more than 1,000', {
          measure: 'fled',
          event: 'north-2021',
          date: '2021-07-05',
        }),
        claim('taliban', '1', { measure: 'injured' }),
        claim('taliban', '4', { victim: 'civilians' }),
      ],
      EVENTS,
    );
    expect(rows.map((r) => `${r.eventLabel} — ${r.outcomeLabel} (${r.panel})`)).toEqual([
      'Kunduz, Sep 2015 — Taliban killed (harm)',
      'Ghazni, Aug 2018 — Afghan forces killed (harm)',
      'Ghazni, Aug 2018 — civilians killed (harm)',
      'Ghazni, Aug 2018 — Afghan forces injured (harm)',
      'Ghazni, Aug 2018 — Afghan forces captured (status)',
      'Northern Afghanistan, May 2021 — Afghan forces fled (status)',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('orders a row’s marks by side, then date', () => {
    const [row] = ledgerRows(
      [
        claim('media', '1', { date: '2018-08-11' }),
        claim('taliban', '2', { date: '2018-08-12' }),
        claim('taliban', '3', { date: '2018-08-10' }),
        claim('afghan_government', '4'),
      ],
      EVENTS,
    );
    expect(row?.marks.map((m) => m.words)).toEqual(['3', '2', '4', '1']);
  });

  it.each<[string, ClaimLike[], string[]]>([
    [
      'a claim naming an unknown event keeps its own row, with no event to choose',
      [claim('taliban', '9', { event: 'nowhere-2019', date: '2019-03-02' })],
      ['Ghazni, Mar 2019 — Afghan forces killed (no event)'],
    ],
    [
      'a claim with no event id at all',
      [claim('taliban', '9', { event: '', date: '2019-03-02' })],
      ['Ghazni, Mar 2019 — Afghan forces killed (no event)'],
    ],
    [
      'a claim with an unreadable date and no event goes last',
      [claim('taliban', '9', { event: 'x', date: 'someday' }), claim('taliban', '1')],
      [
        'Ghazni, Aug 2018 — Afghan forces killed (ghazni-2018-08)',
        'Ghazni, date unknown — Afghan forces killed (no event)',
      ],
    ],
    [
      'control claims and casualty claims without a report are left out',
      [
        {
          ...claim('taliban', '3'),
          kind: 'control',
          casualties: undefined,
          holder: 'taliban',
          extent: 'whole',
          action: 'captured',
        },
        { ...claim('taliban', '3'), casualties: undefined },
      ],
      [],
    ],
    [
      'claims outside the vocabulary are left out, not thrown on',
      [
        { ...claim('taliban', '3'), side: 'aliens' as ClaimantSide },
        claim('taliban', '3', { measure: 'eaten' as Measure }),
        claim('taliban', '3', { victim: 'martians' as VictimSide }),
      ],
      [],
    ],
  ])('%s', (_name, claims, expected) => {
    const rows = ledgerRows(claims, EVENTS);
    expect(rows.map((r) => `${r.eventLabel} — ${r.outcomeLabel} (${r.event?.id ?? 'no event'})`)).toEqual(
      expected,
    );
  });

  it('keeps a count with problems as its words only, with the problems', () => {
    const [row] = ledgerRows(
      [claim('taliban', { words: 'forty', qualifier: 'exact', low: -40, high: -40 })],
      EVENTS,
    );
    expect(row?.marks[0]).toMatchObject({ kind: 'words', words: 'forty', low: null, high: null });
    expect(row?.marks[0]?.problems.length).toBeGreaterThan(0);
    expect(row && markRangeWords(row.marks[0]!)).toBe('its numbers could not be read');
  });

  it('loses no casualty claim and never makes a number up (property)', () => {
    const words = fc.oneof(
      fc.constantFrom('at least 25', 'more than 140', 'some 30', 'heavy casualties', 'up to 5', '10-20'),
      fc.nat(5000).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...CLAIMANT_SIDES),
            words,
            fc.constantFrom(...MEASURES),
            fc.constantFrom(...VICTIM_SIDES),
            fc.constantFrom('ghazni-2018-08', 'kunduz-2015-09', 'unknown'),
          ),
          { maxLength: 40 },
        ),
        (raw) => {
          const claims = raw.map(([side, w, measure, victim, event]) =>
            claim(side, w, { measure, victim, event }),
          );
          const rows = ledgerRows(claims, EVENTS);
          const marks = rows.flatMap((r) => r.marks);
          expect(marks).toHaveLength(claims.length);
          const given = new Map(claims.map((c) => [c.id, c.casualties!.count]));
          for (const m of marks) {
            const count = given.get(m.claimId)!;
            expect(m.words).toBe(count.words);
            if (m.kind !== 'words') expect([m.low, m.high]).toEqual([count.low, count.high]);
          }
        },
      ),
    );
  });
});

describe('panelScale', () => {
  it.each<[string, LedgerMark[], ReturnType<typeof panelScale>]>([
    ['no number at all: no axis', [mark('words', null, null)], null],
    ['no marks: no axis', [], null],
    [
      'one number: linear, to a round number past it',
      [mark('point', 38, 38)],
      { kind: 'linear', max: 50, ticks: [0, 10, 20, 30, 40, 50] },
    ],
    [
      'an open figure leaves room for its arrow',
      [mark('open', 141, null)],
      { kind: 'linear', max: 200, ticks: [0, 50, 100, 150, 200] },
    ],
    [
      'an about figure reaches its band',
      [mark('about', 40, 40)],
      { kind: 'linear', max: 50, ticks: [0, 10, 20, 30, 40, 50] },
    ],
    [
      'figures far apart: logarithmic',
      [mark('point', 1, 1), mark('open', 1001, null)],
      { kind: 'log', max: 10_000, ticks: [0, 1, 10, 100, 1000, 10_000] },
    ],
    [
      'a zero: the axis still reaches ten',
      [mark('point', 0, 0)],
      { kind: 'linear', max: 10, ticks: [0, 2, 4, 6, 8, 10] },
    ],
    [
      'one person: the axis still reaches ten',
      [mark('point', 1, 1)],
      { kind: 'linear', max: 10, ticks: [0, 2, 4, 6, 8, 10] },
    ],
    ['up to', [mark('up_to', null, 50)], { kind: 'linear', max: 50, ticks: [0, 10, 20, 30, 40, 50] }],
    ['a range', [mark('range', 20, 30)], { kind: 'linear', max: 50, ticks: [0, 10, 20, 30, 40, 50] }],
  ])('%s', (_name, marks, expected) => {
    expect(panelScale(marks)).toEqual(expected);
  });

  it('ignores numbers that are not counts', () => {
    expect(panelScale([mark('point', Number.NaN, null), mark('point', -5, -5)])).toBeNull();
  });
});

describe('scalePosition and markGeometry', () => {
  const linear: PanelScale = { kind: 'linear', max: 200, ticks: [] };
  const log: PanelScale = { kind: 'log', max: 1000, ticks: [] };

  it.each<[string, PanelScale, number, number]>([
    ['zero', linear, 0, 0],
    ['half way', linear, 100, 0.5],
    ['past the end is clamped', linear, 400, 1],
    ['negative is clamped', linear, -3, 0],
    ['not a number', linear, Number.NaN, 0],
    ['log: the end', log, 1000, 1],
    ['log: zero', log, 0, 0],
  ])('%s', (_name, scale, value, expected) => {
    expect(scalePosition(scale, value)).toBeCloseTo(expected, 2);
  });

  it('log: each power of ten an equal step', () => {
    const steps = [1, 10, 100].map((v) => scalePosition(log, v));
    expect(steps[2]! - steps[1]!).toBeCloseTo(steps[1]! - steps[0]!, 1);
  });

  it.each<[string, LedgerMark, { at: number | null; from: number | null; to: number | null }]>([
    ['a point has no span', mark('point', 100, 100), { at: 0.5, from: null, to: null }],
    ['an open figure runs to the end', mark('open', 100, null), { at: 0.5, from: 0.5, to: 1 }],
    ['a range runs low to high', mark('range', 50, 100), { at: 0.25, from: 0.25, to: 0.5 }],
    ['up to runs from zero', mark('up_to', null, 100), { at: 0.5, from: 0, to: 0.5 }],
    [
      'about is a band either side',
      mark('about', 100, 100),
      { at: 0.5, from: 0.5 * (1 - ABOUT_SHARE), to: 0.5 * (1 + ABOUT_SHARE) },
    ],
    ['words stand nowhere on the axis', mark('words', null, null), { at: null, from: null, to: null }],
  ])('%s', (_name, m, expected) => {
    const g = markGeometry(m, linear);
    for (const key of ['at', 'from', 'to'] as const) {
      if (expected[key] === null) expect(g[key]).toBeNull();
      else expect(g[key]).toBeCloseTo(expected[key], 5);
    }
  });

  it('with no axis, nothing stands anywhere', () => {
    expect(markGeometry(mark('point', 3, 3), null)).toEqual({ at: null, from: null, to: null });
  });
});

describe('markRangeWords', () => {
  it.each<[LedgerMark, string]>([
    [mark('point', 38, 38), '38'],
    [mark('about', 30, 30), 'about 30'],
    [mark('open', 1001, null), '1,001 or more'],
    [mark('range', 20, 30), '20 to 30'],
    [mark('up_to', null, 50), 'up to 50'],
    [mark('words', null, null), 'no number given'],
  ])('%o reads "%s"', (m, words) => {
    expect(markRangeWords(m)).toBe(words);
  });
});

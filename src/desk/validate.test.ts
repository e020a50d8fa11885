import { describe, expect, test } from 'vitest';
import type { DeskDataset } from './dataset';
import { EMPTY_WORK, fieldsFromQuote, type ClaimFields, type DeskWork } from './records';
import { workProblems } from './validate';

const TEXT =
  'Kunduz, 29 Sep 2015. “The city is ours,” a Taliban spokesman said, adding that more than 40 soldiers were killed.';

const dataset: DeskDataset = {
  provinces: [{ iso: 'AF-KDZ', name: 'Kunduz', slug: 'kunduz', capital: 'Kunduz', aliases: [] }],
  places: [
    {
      id: 'kunduz-city',
      name: 'Kunduz',
      kind: 'city',
      province: 'kunduz',
      coordinates: [68.86, 36.73],
      aliases: [],
    },
  ],
  events: [
    { id: 'kunduz-2015-09', name: 'Assault', place: 'kunduz-city', start: '2015-09-28', end: '2015-10-01' },
  ],
  articleIds: [],
  claimIds: ['taken-id'],
  placesYaml: '',
  eventsYaml: '',
};

function claim(fields: Partial<ClaimFields>): DeskWork['claims'][number] {
  return {
    key: 'k',
    origin: 'person',
    status: 'accepted',
    edited: false,
    confidence: null,
    rule: null,
    fields: {
      ...fieldsFromQuote('“The city is ours,” a Taliban spokesman said', '2015-09-29', []),
      id: 'kunduz-2015-taliban-city-ours',
      event: 'kunduz-2015-09',
      claimant: 'a Taliban spokesman',
      side: 'taliban',
      place: 'kunduz-city',
      province: 'kunduz',
      place_precision: 'city',
      holder: 'taliban',
      extent: 'whole',
      action: 'captured',
      ...fields,
    },
  };
}

const work = (fields: Partial<ClaimFields>): DeskWork => ({
  ...EMPTY_WORK,
  text: TEXT,
  found: true,
  article: {
    outlet: 'Wire',
    headline: 'H',
    url: '',
    second_hand: false,
    published: '2015-09-29',
    dateline: '',
    date_note: 'n',
  },
  claims: [claim(fields)],
});

const problemsOf = (fields: Partial<ClaimFields>) =>
  workProblems(work(fields), dataset, '005_0123456789abcdef').claims.get('k') ?? {};

describe('live checks: the data build’s own, beside each field', () => {
  test('a right claim has none, and the work can be saved', () => {
    expect(problemsOf({})).toEqual({});
    expect(workProblems(work({}), dataset, '005_0123456789abcdef').blocking).toBe(0);
  });

  test('a quote retyped with straight quotes: the nearest match and the first differing character', () => {
    const p = problemsOf({ quote: 'The city is ours," a Taliban spokesman said' });
    expect(p.quote).toEqual([
      'quote not found in article 005_0123456789abcdef: it follows the text for 17 characters (“…9 Sep 2015. “The city is ours,”), then has “"” (U+0022) where the text has “”” (U+201D)',
    ]);
  });

  test('count words that disagree with the numbers, beside the count words', () => {
    const p = problemsOf({
      kind: 'casualties',
      quote: 'more than 40 soldiers were killed',
      measure: 'killed',
      victim_side: 'afghan_government',
      count_words: 'more than 40',
      qualifier: 'more_than',
      low: '40',
      high: '',
      extent: 'part',
    });
    expect(p.count_words).toEqual([
      'count words "more than 40" mean more_than low 41 high null, not more_than low 40 high null',
    ]);
  });

  test('a date outside its event, or after the report, beside the date', () => {
    expect(problemsOf({ date: '2015-09-20' }).date).toEqual([
      'date 20 Sep 2015 is outside its event "kunduz-2015-09" (2015-09-28..2015-10-01)',
    ]);
    expect(problemsOf({ date: '2015-10-01' }).date).toEqual([
      'date 2015-10-01 is after the article was published (2015-09-29)',
    ]);
  });

  test('an unfinished claim still has its quote checked, and an event not chosen is said once', () => {
    const p = problemsOf({ event: '', date: '', quote: 'The city is mine' });
    expect(p.event).toEqual(['choose the event the claim is about, or create one']);
    expect(p.date).toEqual(['must be a calendar date written YYYY-MM-DD']);
    expect(p.quote?.[0]).toMatch(
      /^quote not found in article .*then has “m” \(U\+006D\) where the text has “o”/u,
    );
  });

  test('a control claim that names no holder for a capture, and an id another claim has', () => {
    const p = problemsOf({ holder: 'none', id: 'taken-id' });
    expect(p.holder).toEqual(['action "captured" says who holds the place: its holder cannot be none']);
    expect(p.id).toEqual(['id "taken-id" is taken by another claim']);
  });

  test('a rejected claim is not checked; a pending one does not keep the work from being saved', () => {
    const w = work({ quote: 'nowhere' });
    expect(
      workProblems({ ...w, claims: [{ ...w.claims[0]!, status: 'rejected' }] }, dataset, 'x').claims.size,
    ).toBe(0);
    expect(
      workProblems({ ...w, claims: [{ ...w.claims[0]!, status: 'pending' }] }, dataset, 'x').blocking,
    ).toBe(0);
    expect(workProblems(w, dataset, 'x').blocking).toBe(1);
  });

  test('the article: its schema, and a URL that is not one', () => {
    const w = work({});
    const p = workProblems(
      { ...w, article: { ...w.article, outlet: ' ', url: 'not a url' } },
      dataset,
      'x',
    ).article;
    expect(p.outlet).toEqual(['must not be empty']);
    expect(p.url).toEqual(['must be an https:// address']);
  });

  test('a new place and a new event are checked with their schemas and against the dataset', () => {
    const w: DeskWork = {
      ...work({}),
      places: [
        {
          key: 'p',
          id: 'kunduz-city',
          name: 'X',
          kind: 'city',
          province: 'nowhere',
          longitude: '200',
          latitude: '36',
          aliases: '',
          geonameid: null,
        },
      ],
      events: [
        {
          key: 'e',
          id: 'kunduz-2015-09',
          name: 'E',
          place: 'missing',
          start: '2015-10-02',
          end: '2015-10-01',
        },
      ],
    };
    const p = workProblems(w, dataset, 'x');
    expect(p.places.get('p')).toMatchObject({
      id: ['id "kunduz-city" is taken by another place'],
      province: ['unknown province "nowhere"'],
    });
    expect(p.places.get('p')?.longitude?.[0]).toMatch(/<=180/u);
    expect(p.events.get('e')).toMatchObject({
      id: ['id "kunduz-2015-09" is taken by another event'],
      place: ['unknown place "missing"'],
      end: ['start is after end'],
    });
  });
});

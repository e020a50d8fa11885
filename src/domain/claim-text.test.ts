import { describe, expect, it } from 'vitest';
import { claimantInSentence, claimSummary } from './claim-text';
import { lensSays, sideSays } from './labels';
import type { ClaimLike } from './types';
import { CLAIMANT_SIDES } from './vocabulary';

const base: ClaimLike = {
  id: 'c',
  event: 'e',
  article: 'a',
  claimant: 'Afghan authorities',
  side: 'afghan_government',
  kind: 'control',
  place: 'ghazni-city',
  place_name: 'Ghazni city',
  province: 'ghazni',
  place_precision: 'city',
  date: '2018-08-10',
  date_precision: 'day',
  stance: 'taliban',
  quote: 'q',
  caveat: null,
};

const casualties = (count: NonNullable<ClaimLike['casualties']>['count']): ClaimLike => ({
  ...base,
  kind: 'casualties',
  stance: undefined,
  casualties: { measure: 'killed', victim_side: 'afghan_government', count },
});

describe('claimSummary: what a claim says, with no verb to agree with its claimant', () => {
  it.each<[string, ClaimLike, string]>([
    ['Taliban hold', base, 'the Taliban hold Ghazni city'],
    ['government holds', { ...base, stance: 'government' }, 'the government holds Ghazni city'],
    ['contested', { ...base, stance: 'contested' }, 'Ghazni city is contested'],
    ['no place name: the province', { ...base, place_name: null }, 'the Taliban hold the area'],
    [
      'a count range',
      casualties({ words: 'more than 140', qualifier: 'more_than', low: 141, high: null }),
      '141 or more Afghan forces killed',
    ],
    [
      'no number',
      casualties({ words: 'dozens', qualifier: 'unquantified', low: null, high: null }),
      'Afghan forces killed, no number given (“dozens”)',
    ],
  ])('%s', (_name, claim, expected) => {
    expect(claimSummary(claim)).toBe(expected);
  });

  it('names the province when the claim has no place name', () => {
    expect(claimSummary({ ...base, place_name: null }, 'Ghazni')).toBe('the Taliban hold Ghazni');
  });
});

describe('claimantInSentence', () => {
  it.each([
    ['The Taliban', 'the Taliban'],
    ['Afghan authorities', 'Afghan authorities'],
    ['Thea Smith, a resident', 'Thea Smith, a resident'],
    ['', ''],
  ])('%j → %j', (claimant, expected) => {
    expect(claimantInSentence(claimant)).toBe(expected);
  });
});

describe('sideSays and lensSays agree in number', () => {
  it.each([
    ['taliban', 'Taliban say'],
    ['afghan_government', 'Afghan government says'],
    ['us_forces', 'US forces say'],
    ['residents', 'Residents say'],
    ['media', 'Media say'],
    ['other', 'Other claimants say'],
  ] as const)('%s', (side, expected) => {
    expect(sideSays(side)).toBe(expected);
    if (side !== 'other') expect(lensSays(side)).toBe(expected);
  });

  it('covers every side, and all claimants', () => {
    for (const side of CLAIMANT_SIDES) expect(sideSays(side)).toMatch(/ says?$/);
    expect(lensSays('all')).toBe('All claimants say');
  });
});

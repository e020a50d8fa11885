import { describe, expect, it } from 'vitest';
import { claimantInSentence, claimSummary } from './claim-text';
import { lensSays, sideSays } from './labels';
import type { ClaimLike } from './types';
import { CLAIMANT_SIDES } from './vocabulary';

const base: ClaimLike = {
  id: 'c',
  event: 'e',
  article: 'a',
  said: '2018-08-10',
  claimant: 'Afghan authorities',
  side: 'afghan_government',
  kind: 'control',
  place: 'ghazni-city',
  place_name: 'Ghazni',
  place_kind: 'city',
  province: 'ghazni',
  place_precision: 'city',
  date: '2018-08-10',
  date_precision: 'day',
  holder: 'taliban',
  extent: 'whole',
  action: 'captured',
  quote: 'q',
  caveat: null,
};

const casualties = (count: NonNullable<ClaimLike['casualties']>['count']): ClaimLike => ({
  ...base,
  kind: 'casualties',
  holder: undefined,
  extent: undefined,
  action: undefined,
  casualties: { measure: 'killed', victim_side: 'afghan_government', count },
});

const prison: Partial<ClaimLike> = {
  place: 'kandahar-prison',
  place_name: 'Kandahar prison',
  place_kind: 'prison',
};

describe('claimSummary: what a claim says, from its record, with no verb to agree with its claimant', () => {
  it.each<[string, Partial<ClaimLike>, string]>([
    ['captured, the whole city', {}, 'the Taliban captured Ghazni'],
    ['captured, part of the city', { extent: 'part' }, 'the Taliban captured part of Ghazni'],
    [
      'captured, a prison: a part by its nature',
      { extent: 'part', ...prison },
      'the Taliban captured Kandahar prison',
    ],
    ['entered', { extent: 'part', action: 'entered' }, 'the Taliban entered part of Ghazni'],
    [
      'attacked: no holder',
      { holder: 'none', extent: 'part', action: 'attacked', ...prison },
      'an attack on Kandahar prison',
    ],
    ['besieged', { holder: 'none', action: 'besieged' }, 'Ghazni under siege'],
    ['fighting', { holder: 'none', action: 'fighting' }, 'fighting in Ghazni'],
    [
      'repelled',
      { holder: 'government', action: 'repelled' },
      'the government repelled the Taliban in Ghazni',
    ],
    ['retook', { holder: 'government', action: 'retook' }, 'the government retook Ghazni'],
    ['held', { holder: 'government', extent: 'part', action: 'held' }, 'the government held part of Ghazni'],
    [
      'withdrew: the other side left',
      { holder: 'government', action: 'withdrew' },
      'the Taliban withdrew from Ghazni',
    ],
    ['surrendered', { action: 'surrendered' }, 'Ghazni surrendered to the Taliban'],
    [
      'no place: the province',
      { place: null, place_name: null, place_kind: null },
      'the Taliban captured the area',
    ],
  ])('%s', (_name, change, expected) => {
    expect(claimSummary({ ...base, ...change })).toBe(expected);
  });

  it('never calls a place contested', () => {
    for (const action of ['attacked', 'besieged', 'fighting'] as const)
      expect(claimSummary({ ...base, holder: 'none', action })).not.toMatch(/contested/);
  });

  it.each<[string, ClaimLike, string]>([
    [
      'a count: the words used first, the range after',
      casualties({ words: 'more than 140', qualifier: 'more_than', low: 141, high: null }),
      'Afghan forces killed: “more than 140” (141 or more)',
    ],
    [
      'no number',
      casualties({ words: 'dozens', qualifier: 'unquantified', low: null, high: null }),
      'Afghan forces killed: “dozens” (no number given)',
    ],
    ['a control record with no holder says so', { ...base, holder: undefined }, 'no holder or count given'],
  ])('%s', (_name, claim, expected) => {
    expect(claimSummary(claim)).toBe(expected);
  });

  it('names the province when the claim has no place name', () => {
    expect(claimSummary({ ...base, place: null, place_name: null, place_kind: null }, 'Ghazni')).toBe(
      'the Taliban captured Ghazni',
    );
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

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../url/url-state';
import { ampResizeMessage, isResizeMessage, pymChildId, pymHeightMessage, resizeMessage } from './messages';
import { embedSnippet, embedUrl, shareUrl } from './snippet';

describe('resize messages', () => {
  it('round-trips our own format', () => {
    expect(resizeMessage(640.2)).toEqual({ type: 'claimed-ground:resize', version: 1, height: 641 });
    expect(isResizeMessage(resizeMessage(640))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'claimed-ground:resize'],
    ['another type', { type: 'other', version: 1, height: 10 }],
    ['another version', { type: 'claimed-ground:resize', version: 2, height: 10 }],
    ['a string height', { type: 'claimed-ground:resize', version: 1, height: '10' }],
    ['a fractional height', { type: 'claimed-ground:resize', version: 1, height: 10.5 }],
    ['zero', { type: 'claimed-ground:resize', version: 1, height: 0 }],
    ['negative', { type: 'claimed-ground:resize', version: 1, height: -10 }],
    ['absurd', { type: 'claimed-ground:resize', version: 1, height: 1e9 }],
    ['NaN', { type: 'claimed-ground:resize', version: 1, height: Number.NaN }],
  ])('refuses %s', (_name, data) => {
    expect(isResizeMessage(data)).toBe(false);
  });

  it('speaks pym.js and AMP', () => {
    expect(pymHeightMessage('cg', 712.4)).toBe('pymxPYMxcgxPYMxheightxPYMx713');
    expect(ampResizeMessage(712)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 712 });
  });

  it.each([
    ['?embed=1&initialWidth=600&childId=claimed-ground', 'claimed-ground'],
    ['?embed=1', null],
    ['?childId=', null],
    ['?childId=%3Cscript%3E', null],
  ])('reads the pym child id from %s', (search, id) => {
    expect(pymChildId(search)).toBe(id);
  });
});

describe('snippet and links', () => {
  const base = 'https://maps.example.org/claims/';
  const state = { ...DEFAULT_STATE, month: '2018-08', province: 'ghazni', lens: 'taliban' as const };

  it('links to the full dashboard without the embed flag', () => {
    expect(shareUrl(base, { ...state, embed: true })).toBe(
      'https://maps.example.org/claims/?month=2018-08&province=ghazni&lens=taliban',
    );
    expect(embedUrl(base, state)).toBe(
      'https://maps.example.org/claims/?month=2018-08&province=ghazni&lens=taliban&embed=1',
    );
  });

  it('gives an iframe with a title, lazy loading and an initial height, and the script', () => {
    const snippet = embedSnippet(base, state);
    expect(snippet).toContain(
      '<iframe src="https://maps.example.org/claims/?month=2018-08&amp;province=ghazni&amp;lens=taliban&amp;embed=1"',
    );
    expect(snippet).toContain('title="Claimed Ground: control claims in Afghanistan, August 2018 (Taliban)"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toMatch(/height="\d+"/);
    expect(snippet).toContain('<script src="https://maps.example.org/claims/embed.js" async></script>');
  });
});

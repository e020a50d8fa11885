// The URL owns everything a reader would share or embed. This module is the one place
// that reads and writes it: parse → typed state with defaults; serialise → query string.
// Unknown or malformed values fall back to defaults and never throw.

import { FIRST_MONTH, isIsoMonth, LAST_MONTH } from '../domain/dates';
import { LENSES, type Lens } from '../domain/vocabulary';

export const VIEWS = ['map', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The page's colours: light, dark, or the reader's system setting (auto). */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const FIRST_YEAR = Number(FIRST_MONTH.slice(0, 4));
export const LAST_YEAR = Number(LAST_MONTH.slice(0, 4));

export interface UrlState {
  /** YYYY-MM: the map shows status as of the end of this month. */
  month: string;
  /** Narrows charts and claim lists to one year; null for all years. */
  year: number | null;
  /** Selected province slug, or null. */
  province: string | null;
  lens: Lens;
  /** A second lens shown side by side with the first, or null. */
  compare: Lens | null;
  view: View;
  embed: boolean;
  theme: Theme;
}

export const DEFAULT_STATE: UrlState = {
  month: '2021-08',
  year: null,
  province: null,
  lens: 'all',
  compare: null,
  view: 'map',
  embed: false,
  theme: 'light',
};

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function parseMonth(raw: string | null): string | null {
  if (raw === null || !isIsoMonth(raw)) return null;
  return raw >= FIRST_MONTH && raw <= LAST_MONTH ? raw : null;
}

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

function parseProvince(raw: string | null, known?: ReadonlySet<string>): string | null {
  if (raw === null) return null;
  const slug = raw.trim().toLowerCase();
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(slug)) return null;
  return !known || known.has(slug) ? slug : null;
}

/**
 * `theme=light|dark|auto`; an embed code written for Datawrapper says `dark=true|false|auto`
 * instead, which means the same.
 */
function parseTheme(params: URLSearchParams): Theme | null {
  const theme = oneOf(THEMES, params.get('theme'));
  if (theme) return theme;
  const dark = params.get('dark');
  return dark === 'true' ? 'dark' : dark === 'false' ? 'light' : dark === 'auto' ? 'auto' : null;
}

/**
 * The month shown when the URL names none: with a year, the end of that year (so `?year=2018`
 * shows 2018, and the controls agree); else the default.
 */
export function defaultMonth(year: number | null): string {
  return year === null ? DEFAULT_STATE.month : `${year}-12`;
}

/**
 * The state a query string describes. `knownProvinces`, when given, also drops a
 * well-formed but unknown province slug.
 */
export function parseUrlState(search: string, knownProvinces?: ReadonlySet<string>): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_STATE;
  }
  const lens = oneOf(LENSES, params.get('lens')) ?? DEFAULT_STATE.lens;
  const compare = oneOf(LENSES, params.get('compare'));
  const year = parseYear(params.get('year'));
  return {
    month: parseMonth(params.get('month')) ?? defaultMonth(year),
    year,
    province: parseProvince(params.get('province'), knownProvinces),
    lens,
    compare: compare === lens ? null : compare,
    view: oneOf(VIEWS, params.get('view')) ?? DEFAULT_STATE.view,
    embed: params.get('embed') === '1',
    theme: parseTheme(params) ?? DEFAULT_STATE.theme,
  };
}

/** The query string (with "?", or "" for the defaults) for a state; defaults are left out. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.month !== defaultMonth(state.year)) params.set('month', state.month);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.province !== null) params.set('province', state.province);
  if (state.lens !== DEFAULT_STATE.lens) params.set('lens', state.lens);
  if (state.compare !== null) params.set('compare', state.compare);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.embed) params.set('embed', '1');
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  const query = params.toString();
  return query ? `?${query}` : '';
}

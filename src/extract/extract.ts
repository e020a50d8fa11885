// The claims extractor: a report's plain text and publication day in, draft claims out.
// Pure: no files, no network; the gazetteer is passed in. Usable in Node and in the browser.

import { isIsoDay } from '../domain/dates';
import type { PlacePrecision } from '../domain/vocabulary';
import {
  artefactSpeaker,
  NARRATION,
  opensWithPronounAttribution,
  SpeakerMemory,
  voicesOf,
  type Speaker,
} from './attribution';
import { findCasualties, findControl, type Finding } from './claims';
import { dateFromWords } from './dates';
import { PlaceMatcher, type PlaceMention } from './places';
import { segment, type Unit } from './segment';
import { SEATS_OF_GOVERNMENT } from './tables';
import type { Draft, Gazetteer } from './types';

export type { Draft, Gazetteer } from './types';

const matchers = new WeakMap<Gazetteer, PlaceMatcher>();

function matcherFor(gazetteer: Gazetteer): PlaceMatcher {
  let matcher = matchers.get(gazetteer);
  if (!matcher) {
    matcher = new PlaceMatcher(gazetteer);
    matchers.set(gazetteer, matcher);
  }
  return matcher;
}

interface PlaceChoice {
  place: string | null;
  province: string | null;
  precision: PlacePrecision;
  rule: string;
  factor: number;
}

interface Context {
  province: string | null;
  place: string | null;
  precision: PlacePrecision;
}

/** Mentions that count for a claim: not the speaker's seat ("officials in Kabul"), not a dateline's Kabul. */
function usable(mentions: readonly PlaceMention[], text: string): PlaceMention[] {
  return mentions.filter((m) => {
    // "reinforcements from Kandahar", "militants from Pakistan": where they came from.
    if (
      /\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$/iu.test(
        text.slice(Math.max(0, m.start - 25), m.start),
      )
    )
      return false;
    if (m.province === null || !SEATS_OF_GOVERNMENT.has(m.province)) return true;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 20);
    return (
      !/\b(?:officials?|authorities|reporters|journalists|conference|government|embassy|spokesman|spokeswoman|protesters|in)\s+(?:in\s+)?$/iu.test(
        before,
      ) &&
      !/^\s*(?:administration|government|regime|officials|authorities)\b/iu.test(after) &&
      !/^[A-Z]{3,}/u.test(text.slice(m.start, m.end))
    );
  });
}

function choose(
  mentions: readonly PlaceMention[],
  rule: string,
  factor: number,
  regions = false,
): PlaceChoice | null {
  const withProvince = mentions.filter((m) => m.province !== null);
  // A city, district or building says more than its province: prefer the most precise.
  const rank = (m: PlaceMention) => (m.precision === 'province' ? 1 : 0);
  const best = [...withProvince].sort((a, b) => rank(a) - rank(b))[0];
  if (best) return { place: best.place, province: best.province, precision: best.precision, rule, factor };
  // A region or a country stands for the claim's place only in the claim's own words.
  const region = regions ? mentions.find((m) => m.province === null) : undefined;
  if (region)
    return {
      place: region.place,
      province: null,
      precision: 'country',
      rule: `${rule}:${region.rule}`,
      factor,
    };
  return null;
}

/** The distinct provinces a control claim's object names: "Kandahar and Herat" gives two claims. */
function provincesNamed(mentions: readonly PlaceMention[]): PlaceMention[] {
  const seen = new Map<string, PlaceMention>();
  for (const m of mentions) {
    if (m.province === null) continue;
    const current = seen.get(m.province);
    if (!current || (current.precision === 'province' && m.precision !== 'province')) seen.set(m.province, m);
  }
  return [...seen.values()];
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

export class ExtractError extends Error {}

/**
 * Draft claims for one report. `published` is the report's publication day (YYYY-MM-DD); every
 * relative date is read against it. Empty or claim-less text gives an empty list.
 */
export function extractClaims(text: string, published: string, gazetteer: Gazetteer): Draft[] {
  if (typeof text !== 'string') throw new ExtractError('text must be a string');
  if (!isIsoDay(published))
    throw new ExtractError(`published must be a day written YYYY-MM-DD, got "${published}"`);
  if (text.trim() === '') return [];
  const matcher = matcherFor(gazetteer);
  const { tokens, units, quotations } = segment(text);
  const memory = new SpeakerMemory();
  const context: Context = { province: null, place: null, precision: 'province' };
  const drafts: Drafted[] = [];
  let previousSpeaker: Speaker | null = null;

  units.forEach((unit, index) => {
    const unitText = text.slice(unit.start, unit.end);
    const allMentions = usable(matcher.find(text, unit.start, unit.end, context.province), text);
    // The dateline sets the scene when it is not the capital's wire desk.
    const unitContext = choose(allMentions, 'sentence', 0.9)?.province ?? context.province;
    const mentions = usable(matcher.find(text, unit.start, unit.end, unitContext), text);

    let carried: Speaker | null = previousSpeaker;
    const next: Unit | undefined = units[index + 1];
    if (next && opensWithPronounAttribution(text, next))
      carried = memory.lastPerson ?? memory.last ?? carried;
    const artefact = artefactSpeaker(text, unit);
    const { voices, attributed } = artefact
      ? { voices: [{ start: unit.start, end: unit.end, speaker: artefact }], attributed: true }
      : voicesOf(text, unit, tokens, quotations, memory, carried);
    previousSpeaker = attributed
      ? (voices.filter((v) => v.speaker !== NARRATION).pop()?.speaker ?? null)
      : carried && voices.some((v) => v.speaker.rule.startsWith('quotation-carried'))
        ? carried
        : null;

    for (const voice of voices) {
      const speaker = voice.speaker;
      const findings: Finding[] = [
        ...findControl(text, voice, speaker.side, tokens),
        ...findCasualties(text, voice, speaker.side, tokens),
      ];
      for (const finding of findings) {
        let quoteMentions = mentions.filter(
          (m) => m.start >= finding.clause.start && m.end <= finding.clause.end,
        );
        // "…, and Lashkar Gah, where government forces were holding out": the place before "where".
        if (
          quoteMentions.length === 0 &&
          /,?\s*where\s*$/iu.test(text.slice(Math.max(0, finding.clause.start - 10), finding.clause.start))
        ) {
          const lead = text.slice(Math.max(unit.start, finding.clause.start - 90), finding.clause.start);
          const from =
            finding.clause.start - lead.length + (lead.search(/[^.;]*$/u) > 0 ? lead.search(/[^.;]*$/u) : 0);
          quoteMentions = mentions.filter((m) => m.end <= finding.clause.start && m.start >= from);
        }
        // "contested cities", "10 provincial capitals", "all districts lost": many places, no province.
        if (
          finding.kind === 'control' &&
          !quoteMentions.some((m) => m.province !== null) &&
          /\b(?:cities|capitals|provinces|districts)\b/iu.test(
            text.slice(finding.clause.start, finding.clause.end),
          ) &&
          !/\b(?:of|in) the province\b/iu.test(text.slice(finding.clause.start, finding.clause.end))
        ) {
          quoteMentions = [
            {
              start: finding.clause.start,
              end: finding.clause.start,
              place: 'afghanistan',
              province: null,
              precision: 'country',
              generic: false,
              rule: 'plural-places',
            },
          ];
        }
        const speakerMentions = speaker.span
          ? mentions.filter(
              (m) =>
                speaker.span &&
                m.province !== null &&
                m.start >= speaker.span.start &&
                m.end <= speaker.span.end,
            )
          : [];
        const voiceMentions = mentions.filter((m) => m.start >= voice.start && m.end <= voice.end);
        const contextChoice: PlaceChoice | null = context.province
          ? {
              place: context.precision === 'city' ? context.place : null,
              province: context.province,
              precision: context.precision === 'city' ? 'city' : 'province',
              rule: 'place-context',
              factor: 0.75,
            }
          : null;
        const choices: PlaceChoice[] = [];
        if (finding.kind === 'control') {
          const objectMentions = quoteMentions.filter(
            (m) => m.start >= finding.object.start - 1 && m.end <= finding.object.end + 1,
          );
          const named = provincesNamed(objectMentions.length > 0 ? objectMentions : quoteMentions);
          for (const m of named.slice(0, 4)) {
            choices.push({
              place: m.place,
              province: m.province,
              precision: m.precision,
              rule: 'place-in-quote',
              factor: 1,
            });
          }
        }
        if (choices.length === 0) {
          const pick =
            choose(quoteMentions, 'place-in-quote', 1, true) ??
            choose(voiceMentions, 'place-in-sentence', 0.9) ??
            choose(speakerMentions, 'place-of-speaker', 0.85) ??
            choose(mentions, 'place-in-sentence', 0.85) ??
            contextChoice;
          choices.push(
            pick ?? { place: null, province: null, precision: 'country', rule: 'place-unknown', factor: 0.5 },
          );
        }
        const quote = text.slice(finding.clause.start, finding.clause.end);
        const quoteDate = dateFromWords(quote, published);
        const date = quoteDate.words ? quoteDate : dateFromWords(unitText, published);
        for (const choice of choices) {
          const base = {
            headline: unit.headline,
            quote,
            start: finding.clause.start,
            end: finding.clause.end,
            claimant: speaker.claimant,
            side: speaker.side,
            place: choice.place,
            province: choice.province,
            place_precision: choice.precision,
            date: date.date,
            date_precision: date.date_precision,
            confidence: round(
              finding.confidence * speaker.confidence * choice.factor * (unit.headline ? 0.85 : 1),
            ),
            rule: `${finding.rule}+${speaker.rule}+${choice.rule}`,
          };
          if (finding.kind === 'control') {
            const extent =
              finding.extent ??
              (choice.precision === 'city' || choice.precision === 'province' ? 'whole' : 'part');
            drafts.push({ ...base, kind: 'control', holder: finding.holder, extent, action: finding.action });
          } else {
            drafts.push({
              ...base,
              kind: 'casualties',
              casualties: {
                measure: finding.measure,
                victim_side: finding.victim_side,
                count: finding.count,
              },
            });
          }
        }
      }
    }
    // The running context: the last province-bearing place this sentence named.
    // One province named: it becomes the context. Several ("militants from Kunduz and nearby
    // Baghlan and Takhar provinces"): the context stays if it is among them, else the first.
    const named = mentions.filter(
      (m) => m.province !== null && !m.generic && !SEATS_OF_GOVERNMENT.has(m.province),
    );
    const provinces = new Set(named.map((m) => m.province));
    // Places named as origins ("militants from Kunduz and nearby Baghlan") still keep the context.
    const allNamed = matcher
      .find(text, unit.start, unit.end, unitContext)
      .filter((m) => m.province !== null && !m.generic);
    const allProvinces = new Set(allNamed.map((m) => m.province));
    const keep = context.province !== null && allProvinces.has(context.province) && allProvinces.size > 1;
    const pick = keep ? undefined : provinces.size > 1 ? named[0] : named[named.length - 1];
    if (pick) {
      context.province = pick.province;
      context.place = pick.place;
      context.precision = pick.precision;
    }
  });
  return dedupe(dropRepeatedHeadlines(drafts)).map(({ headline: _headline, ...draft }) => draft);
}

type Drafted = Draft & { headline: boolean };

/** A headline or caption whose claim the body makes too is left out, as the curated files do. */
function dropRepeatedHeadlines(drafts: readonly Drafted[]): Drafted[] {
  const body = drafts.filter((d) => !d.headline);
  const same = (h: Drafted, d: Drafted) =>
    h.kind === d.kind &&
    (h.province === null || h.province === d.province) &&
    (h.kind === 'control'
      ? h.action === d.action || (h.holder === d.holder && h.holder !== 'none')
      : h.casualties?.measure === d.casualties?.measure &&
        h.casualties?.count.low === d.casualties?.count.low);
  return drafts.filter((h) => !h.headline || !body.some((d) => same(h, d)));
}

/** One draft per clause, kind, province and (for casualties) count: the most confident. */
function dedupe(drafts: readonly Drafted[]): Drafted[] {
  const best = new Map<string, Drafted>();
  for (const d of drafts) {
    const count = d.casualties
      ? `${d.casualties.measure}:${d.casualties.count.low}:${d.casualties.count.high}:${d.casualties.victim_side}`
      : '';
    const key = `${d.start}:${d.end}:${d.kind}:${d.province}:${d.place}:${count}`;
    const current = best.get(key);
    if (!current || d.confidence > current.confidence) best.set(key, d);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

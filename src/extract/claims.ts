// Claims in one speaker's words: control verbs (who holds a place, how much of it, what happened)
// and casualty counts. Each finding keeps the span of its clause and the table row that fired.

import { countRangeFromWords, type CountRange } from '../domain/count-range';
import type { Action, ClaimantSide, Extent, Holder, Measure, VictimSide } from '../domain/vocabulary';
import type { Span, Token } from './segment';
import {
  ACTORS,
  CONTROL_VERBS,
  COUNT_PHRASE,
  MEASURE_WORDS,
  NOT_A_CLAIM,
  PART_OBJECTS,
  VICTIM_NOUNS,
  WHOLE_OBJECTS,
  type ActorSide,
  type ControlVerbRule,
} from './tables';

export interface ControlFinding {
  kind: 'control';
  clause: Span;
  /** Where the place the claim is about is named: the object (active) or subject (passive). */
  object: Span;
  holder: Holder;
  extent: Extent | null;
  action: Action;
  rule: string;
  confidence: number;
}

export interface CasualtyFinding {
  kind: 'casualties';
  clause: Span;
  measure: Measure;
  victim_side: VictimSide;
  count: CountRange;
  rule: string;
  confidence: number;
}

export type Finding = ControlFinding | CasualtyFinding;

const word = (pattern: string, flags = 'giu'): RegExp =>
  new RegExp(`(?<![\\w-])(?:${pattern})(?![\\w-])`, flags);

const CONTROL = CONTROL_VERBS.map((row) => ({ ...row, re: word(row.pattern) }));
const ACTOR_RES = ACTORS.map((row) => ({ ...row, re: word(row.pattern) }));
const VICTIMS = VICTIM_NOUNS.map((row) => ({ ...row, re: word(row.pattern, 'iu') }));
const MEASURES = MEASURE_WORDS.map((row) => ({ ...row, re: word(row.pattern, 'iu') }));
const MEASURE_ANY = MEASURE_WORDS.map((m) => m.pattern).join('|');
const NON_NUMERIC_VAGUE = /^(?:heavy|high|huge|significant)$/iu;

// --- Clauses ---------------------------------------------------------------------------------

const LEFT_BREAK =
  /(?:[;:(“”"«»]|\s[–—-]{1,2}\s|,\s+(?=(?:but|while|although|though|as|whereas|after|before|when|amid|despite|adding|saying|where|which|who|resulting|leaving|including|\p{L}+ing)\b)|\s(?:but|while|although|though|whereas|because|after|amid|despite|when|as)\s|(?<!(?:^|[\s.])\p{L})\.\s)/giu;
const RIGHT_BREAK =
  /(?:[;:)“”"«»]|\s[–—-]{1,2}\s|,\s+(?:but|while|although|though|as|whereas|after|before|when|amid|despite|adding|saying|where|which|who|resulting|leaving|according|including|\p{L}+ing)\b|\s(?:even as|even though|but|while|although|though|whereas|because|after|amid|despite|as)\s|(?<!(?:^|[\s.])\p{L})\.(?:\s|$))/giu;

function hasVerbSoon(tokens: readonly Token[], from: number): boolean {
  const next = tokens.filter((t) => t.start >= from).slice(0, 5);
  for (const t of next) {
    if (t.text === ',' || t.text === '.') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** The clause around text[from, to) inside a voice: cut at punctuation, conjunctions and "and" + verb. */
export function clauseAround(
  text: string,
  voice: Span,
  from: number,
  to: number,
  tokens: readonly Token[],
): Span {
  let start = voice.start;
  const before = text.slice(voice.start, from);
  LEFT_BREAK.lastIndex = 0;
  for (const m of before.matchAll(LEFT_BREAK)) start = voice.start + (m.index ?? 0) + m[0].length;
  const andRe = /\s(?:and|,\s*and)\s/gu;
  for (const m of before.matchAll(andRe)) {
    const at = voice.start + (m.index ?? 0) + m[0].length;
    if (at > start && hasVerbSoon(tokens, at)) start = at;
  }
  let end = voice.end;
  const after = text.slice(to, voice.end);
  RIGHT_BREAK.lastIndex = 0;
  let stop = RIGHT_BREAK.exec(after);
  // "in Kandahar and Lashkar Gar -- pro-Taliban heartlands -- as well as Herat": a dash pair is an aside.
  if (stop && /[–—-]/u.test(stop[0])) {
    const second = /\s[–—-]{1,2}\s/u.exec(
      after.slice(stop.index + stop[0].length, stop.index + stop[0].length + 80),
    );
    if (second) {
      const resume = stop.index + stop[0].length + second.index + second[0].length;
      RIGHT_BREAK.lastIndex = resume;
      const later = new RegExp(RIGHT_BREAK.source, 'giu');
      later.lastIndex = resume;
      stop = later.exec(after);
    }
  }
  if (stop) end = to + stop.index;
  for (const m of after.matchAll(andRe)) {
    const at = to + (m.index ?? 0);
    if (at < end && hasVerbSoon(tokens, at + m[0].length)) {
      end = at;
      break;
    }
  }
  return trimSpan(text, { start, end });
}

/** Drops spaces and dangling punctuation at both ends; a quote keeps its own marks only if paired. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:–—-]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

// --- Control ---------------------------------------------------------------------------------

function opponent(side: ActorSide): ActorSide {
  return side === 'taliban' ? 'government' : 'taliban';
}

function speakerActor(speaker: ClaimantSide): ActorSide | null {
  if (speaker === 'taliban') return 'taliban';
  if (speaker === 'afghan_government' || speaker === 'us_forces') return 'government';
  return null;
}

/** The side acting in `words`: the mention nearest the end (the verb) wins, or nearest the start. */
function actorIn(words: string, speaker: ClaimantSide, nearestEnd: boolean): ActorSide | null {
  let best: { at: number; side: ActorSide } | null = null;
  for (const row of ACTOR_RES) {
    row.re.lastIndex = 0;
    for (const m of words.matchAll(row.re)) {
      const at = m.index ?? 0;
      let side: ActorSide | null;
      if (row.side === 'speaker') side = speakerActor(speaker);
      else if (row.side === 'enemy')
        side = speakerActor(speaker) ? opponent(speakerActor(speaker) as ActorSide) : 'taliban';
      else side = row.side;
      if (!side) continue;
      // "Taliban attack" qualifies the noun after it: the actor is still the Taliban.
      if (best === null || (nearestEnd ? at > best.at : at < best.at)) best = { at, side };
    }
  }
  return best?.side ?? null;
}

function extentOf(words: string): Extent | null {
  if (PART_OBJECTS.test(words)) return 'part';
  if (WHOLE_OBJECTS.test(words)) return 'whole';
  return null;
}

function holderFor(rule: ControlVerbRule, actor: ActorSide): Holder {
  switch (rule.action) {
    case 'attacked':
    case 'besieged':
    case 'fighting':
      return 'none';
    case 'withdrew':
      return opponent(actor);
    default:
      return actor;
  }
}

const COUNT_BEFORE = new RegExp(
  `${COUNT_PHRASE}\\s+(?:[\\w'’-]+\\s+){0,3}?(?:(?:had|have|has|were|was)\\s+(?:been\\s+)?)?$`,
  'iu',
);

const COUNT_THEN_PERSON = new RegExp(
  `^\\s*${COUNT_PHRASE}\\s+(?:[\\w'’"-]+\\s+){0,3}?(?:soldiers|troops|police(?:men)?|security forces|personnel|commandos|militants|insurgents|fighters|civilians|people|prisoners|members|officers|government security forces|government forces|Taliban)\\b`,
  'iu',
);

export function findControl(
  text: string,
  voice: Span,
  speaker: ClaimantSide,
  tokens: readonly Token[],
): ControlFinding[] {
  const segment = text.slice(voice.start, voice.end);
  const taken: Span[] = [];
  const out: ControlFinding[] = [];
  for (const row of CONTROL) {
    row.re.lastIndex = 0;
    for (const m of segment.matchAll(row.re)) {
      const start = voice.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (taken.some((s) => s.start < end && start < s.end)) continue;
      taken.push({ start, end });
      const clause = clauseAround(text, voice, start, end, tokens);
      const lead = text.slice(clause.start, start);
      if (NOT_A_CLAIM.test(lead)) continue;
      const afterWords = text.slice(end, clause.end);
      // "captured 55 government security forces" is a casualty count, not a place taken.
      if ((row.action === 'captured' || row.action === 'surrendered') && COUNT_THEN_PERSON.test(afterWords))
        continue;
      if (row.action === 'surrendered' && new RegExp(COUNT_PHRASE, 'iu').test(lead)) continue;
      // "… and 17 others captured", "four captured": a count of people just before the verb.
      if (/captur|seiz|surrender/iu.test(m[0]) && COUNT_BEFORE.test(lead)) continue;
      const subject = text.slice(clause.start, start);
      // The actor: before the verb for active forms; after it ("fell to the Taliban", "retaken
      // by government forces") for passive ones; the loser is named before it for "driven out".
      let actor: ActorSide | null;
      let object: Span;
      if (row.voice === 'active') {
        actor = actorIn(subject, speaker, true);
        if (!actor) {
          // An elided subject ("…, overrunning several checkpoints"): the sentence before the clause,
          // unless it names both sides, when the verb's usual actor is the better guess.
          const wider = text.slice(voice.start, clause.start);
          const first = actorIn(wider, speaker, false);
          const last = actorIn(wider, speaker, true);
          actor = first === last ? last : null;
        }
        object = { start: end, end: Math.max(end, clause.end) };
      } else if (row.voice === 'passive') {
        const by = /^\s*(?:by|to)?\s*(?:the\s+)?([^,.;]{0,40})/u.exec(afterWords + ' ' + m[0]);
        actor =
          actorIn(m[0], speaker, false) ??
          (/^\s*(?:by|to)\b/u.test(afterWords) ? actorIn(by?.[1] ?? '', speaker, false) : null);
        object = { start: clause.start, end: clause.end };
      } else if (row.voice === 'patient') {
        const loser = actorIn(subject, speaker, true);
        actor = loser ? opponent(loser) : null;
        object = { start: clause.start, end: clause.end };
      } else {
        actor = actorIn(m[0] + ' ' + afterWords, speaker, false) ?? actorIn(subject, speaker, true);
        object = { start: clause.start, end: clause.end };
      }
      const resolvedActor = actor ?? row.defaultActor;
      let holder = holderFor(row, resolvedActor);
      // "surrendered to the Taliban": the side surrendered to holds.
      if (row.action === 'surrendered') {
        const to = /^\s*(?:\w+\s+){0,3}?to\s+(?:the\s+)?(\w+)/u.exec(afterWords);
        const side = to ? actorIn(to[1] ?? '', speaker, false) : null;
        holder = side ?? (actor ? opponent(actor) : 'taliban');
      }
      // "lost X" / "the loss of X": the loser is the subject.
      if (/^(?:lost|the loss of)/iu.test(m[0]) && actor) holder = opponent(actor);
      let extent = extentOf(text.slice(object.start, object.end));
      if (row.action === 'entered' && extent === null) extent = 'part';
      out.push({
        kind: 'control',
        clause,
        object,
        holder,
        extent,
        action: row.action,
        rule: `control:${row.name}${actor ? '' : ':default-actor'}`,
        confidence: row.confidence * (actor ? 1 : 0.85),
      });
    }
  }
  return out;
}

// --- Casualties ------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, string> = {
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  thirty: '30',
  forty: '40',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  'a dozen': '12',
  'two dozen': '24',
  'a hundred': '100',
  'one hundred': '100',
};

/**
 * The count range of a count phrase, by the domain's countRangeFromWords, after rewriting the few
 * forms it does not read ("another 11", "a dozen", "forty", "nobody", "as many as"). `words` in the
 * result are the report's own.
 */
export function countOf(words: string): CountRange {
  let w = words.toLowerCase().trim();
  if (/^(?:nobody|no one|none)$/u.test(w)) return { words, qualifier: 'exact', low: 0, high: 0 };
  w = w.replace(/^(?:another|a further|an additional)\s+/u, '');
  w = w.replace(/^(?:approximately|roughly)\s+/u, 'about ');
  w = w.replace(/^(?:as many as|at most)\s+/u, 'up to ');
  for (const [name, digits] of Object.entries(NUMBER_WORDS))
    w = w.replace(new RegExp(`\\b${name}\\b`, 'u'), digits);
  const fewer = /^(?:fewer|less) than\s+([\d,]+)$/u.exec(w);
  if (fewer) {
    const n = Number((fewer[1] ?? '').replace(/,/gu, ''));
    if (n > 0) return { words, qualifier: 'up_to', low: null, high: n - 1 };
  }
  const range = countRangeFromWords(w);
  return { ...range, words };
}

function victimOf(words: string, speaker: ClaimantSide): { side: VictimSide; rule: string } | null {
  for (const row of VICTIMS) {
    if (!row.re.test(words)) continue;
    if (row.side === 'speaker-enemy')
      return { side: speaker === 'taliban' ? 'afghan_government' : 'taliban', rule: row.name };
    if (row.side === 'speaker') {
      const side: VictimSide =
        speaker === 'taliban'
          ? 'taliban'
          : speaker === 'afghan_government'
            ? 'afghan_government'
            : 'unspecified';
      return { side, rule: row.name };
    }
    return { side: row.side, rule: row.name };
  }
  return null;
}

function measureOf(words: string): { measure: Measure; rule: string } | null {
  for (const row of MEASURES) if (row.re.test(words)) return { measure: row.measure, rule: row.name };
  return null;
}

const COUNT_RE = new RegExp(COUNT_PHRASE, 'giu');
const TITLE =
  '(?:governor|deputy governor|commander|police chief|district chief|chief of security|intelligence chief|army chief|leader)';
/** One named or singled-out person: "the city's governor", "a local commander", "commander Ismail Sherzad". */
const SINGULAR_TITLE = new RegExp(
  `(?<![\\w-])(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${TITLE}(?:\\s+(?:of|in)\\s+(?:the\\s+)?[\\p{Ll}\\s]{0,30}?(?=\\s(?:had|has|have|was|were|joined|surrendered|fled)\\b))?|(?:[\\p{Ll}'’-]+\\s+){0,2}?${TITLE}(?:\\s+\\p{Lu}[\\p{L}-]*){1,3})(?![\\w-])`,
  'gu',
);

interface NounPhrase extends Span {
  count: CountRange;
  countWords: string;
  victims: string;
}

/** Counted noun phrases in a subject or object: "At least 25 militants and two policemen". */
function countedPhrases(text: string, from: number, to: number): NounPhrase[] {
  const words = text.slice(from, to);
  const out: NounPhrase[] = [];
  COUNT_RE.lastIndex = 0;
  for (const m of words.matchAll(COUNT_RE)) {
    const start = from + (m.index ?? 0);
    const raw = m[0];
    if (/^\s*$/u.test(raw)) continue;
    // A number glued to a word ("#Ghazni", "1 a.m.", "2015") is not a count of people.
    const tail = text.slice(start + raw.length, start + raw.length + 6);
    if (
      /^\s*(?:a\.m|p\.m|km|kilomet|mile|percent|per cent|%|years?|days?|hours?|weeks?|months?)/iu.test(tail)
    )
      continue;
    if (/^(?:19|20)\d\d$/u.test(raw.trim())) continue;
    const rest = text.slice(start + raw.length, to);
    const np = /^(?:\s+(?:of\s+)?(?!and\b|or\b)[\p{L}'’".-]+){0,5}/u.exec(rest);
    let victims = np?.[0] ?? '';
    const cut =
      /\s(?:and|or|who|were|was|have|had|has|are|is|in|on|at|from|into|since|across|during|after|over)\b/u.exec(
        victims,
      );
    if (cut) victims = victims.slice(0, cut.index);
    const count = countOf(raw);
    out.push({
      start,
      end: start + raw.length + victims.length,
      count,
      countWords: raw,
      victims: victims.trim(),
    });
  }
  SINGULAR_TITLE.lastIndex = 0;
  for (const m of words.matchAll(SINGULAR_TITLE)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (out.some((p) => p.start < end && start < p.end)) continue;
    {
      out.push({
        start,
        end,
        count: { words: m[0], qualifier: 'exact', low: 1, high: 1 },
        countWords: m[0],
        victims: m[0],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordsForCount(phrase: NounPhrase, noun: string): string {
  if (phrase.count.qualifier !== 'unquantified') return phrase.countWords.trim();
  return `${phrase.countWords.trim()}${noun ? ` ${noun.trim()}` : ''}`.trim();
}

export function findCasualties(
  text: string,
  voice: Span,
  speaker: ClaimantSide,
  tokens: readonly Token[],
): CasualtyFinding[] {
  const out: CasualtyFinding[] = [];
  const segment = text.slice(voice.start, voice.end);
  const measureRe = word(MEASURE_ANY);
  const seenCounts = new Set<number>();
  const push = (
    phrase: NounPhrase,
    measure: Measure,
    measureRule: string,
    at: Span,
    victimWords: string,
    fallback: VictimSide | null,
    rule: string,
  ) => {
    if (seenCounts.has(phrase.start)) return null;
    // A count of people: the words name them, or a bare number stands for the ones named before.
    const named = victimOf(victimWords, speaker) !== null;
    const bare = victimWords.trim() === '' && phrase.count.qualifier !== 'unquantified';
    if (!named && !bare && !/^(?:others?|more)$/iu.test(victimWords.trim())) return null;
    if (NON_NUMERIC_VAGUE.test(phrase.countWords.trim()) && measure !== 'killed_or_injured') return null;
    const victim =
      victimOf(victimWords, speaker) ?? (fallback ? { side: fallback, rule: 'victims-as-before' } : null);
    const clause = clauseAround(
      text,
      voice,
      Math.min(phrase.start, at.start),
      Math.max(phrase.end, at.end),
      tokens,
    );
    const span = {
      start: Math.min(clause.start, phrase.start, at.start),
      end: Math.max(clause.end, phrase.end, at.end),
    };
    seenCounts.add(phrase.start);
    const finding: CasualtyFinding = {
      kind: 'casualties',
      clause: trimSpan(text, span),
      measure,
      victim_side: victim?.side ?? 'unspecified',
      count: {
        ...phrase.count,
        words: wordsForCount(
          phrase,
          measure === 'killed_or_injured' || phrase.victims === ''
            ? text.slice(at.start, at.end)
            : phrase.victims,
        ),
      },
      rule: `casualties:${rule}:${measureRule}:${victim?.rule ?? 'victims-unknown'}`,
      confidence: phrase.count.qualifier === 'unquantified' ? 0.55 : 0.75,
    };
    out.push(finding);
    return finding;
  };

  measureRe.lastIndex = 0;
  for (const m of segment.matchAll(measureRe)) {
    const mStart = voice.start + (m.index ?? 0);
    const mEnd = mStart + m[0].length;
    const measure = measureOf(m[0]);
    if (!measure) continue;
    const at = { start: mStart, end: mEnd };
    const before = text.slice(Math.max(voice.start, mStart - 40), mStart);
    const passive =
      /\b(?:been|was|were|is|are|being|had|have|has)\s+(?:\w+\s+)?$/iu.test(before) &&
      !/\b(?:had|have|has)\s+$/iu.test(before);
    const activeAux = /\b(?:had|have|has)\s+$/iu.test(before);
    // Subject form: "[count] [victims] (were|have been) killed".
    const subjectFrom = Math.max(voice.start, mStart - 170);
    const subjectText = text.slice(subjectFrom, mStart);
    let subjectStart = subjectFrom;
    const breakAt = [
      ...subjectText.matchAll(
        /[;:“”"]|\b(?:that|said|says|when|after|while|because|saying|adding)\b|,\s+(?!who\b)(?=[^,]*$)/giu,
      ),
    ].pop();
    if (breakAt) {
      subjectStart = subjectFrom + (breakAt.index ?? 0) + breakAt[0].length;
    }
    const objectPhrases = countedPhrases(text, mEnd, Math.min(voice.end, mEnd + 90)).filter((p) => {
      const between = text.slice(mEnd, p.start);
      return /^\s*(?:(?:or|and) (?:wounded|injured)\s+)?$/iu.test(between);
    });
    if (
      !passive &&
      objectPhrases.length > 0 &&
      /^(?:kill|wound|injur|captur|free|releas|arrest|detain|seiz)/iu.test(m[0])
    ) {
      // Verb-first: "killing at least 30 policemen", "freed 40 prisoners".
      const measure2 = /killed or (?:wounded|injured)/iu.test(
        text.slice(mStart, objectPhrases[0]?.start ?? mEnd),
      )
        ? { measure: 'killed_or_injured' as Measure, rule: 'killed-or-injured' }
        : measure;
      let last: CasualtyFinding | null = null;
      for (const p of objectPhrases.slice(0, 1))
        last = push(p, measure2.measure, measure2.rule, at, p.victims, null, 'verb-count');
      // "… and wounded 309": the same victims, another measure.
      const tail = /^[^.;]{0,70}?\band\s+(wounded|injured|captured|freed|released)\s+/iu.exec(
        text.slice(objectPhrases[0]?.end ?? mEnd, voice.end),
      );
      if (tail && last) {
        const tailFrom = (objectPhrases[0]?.end ?? mEnd) + tail[0].length;
        const next = countedPhrases(text, tailFrom, Math.min(voice.end, tailFrom + 40))[0];
        const nm = measureOf(tail[1] ?? '');
        if (next && next.start === tailFrom && nm) {
          push(
            next,
            nm.measure,
            nm.rule,
            { start: last.clause.start, end: tailFrom },
            next.victims,
            last.victim_side,
            'verb-count-and',
          );
        }
      }
      continue;
    }
    if (
      !activeAux ||
      passive ||
      /^(?:dead|died|deaths|fled|surrendered|defected|joined|casualties|losses|bodies)/iu.test(m[0])
    ) {
      const phrases = countedPhrases(text, subjectStart, mStart);
      let previous: VictimSide | null = null;
      const subjectPhrases = phrases.filter((p) => text.slice(p.end, mStart).split(/\s+/u).length <= 9);
      for (const p of subjectPhrases) {
        const f = push(p, measure.measure, measure.rule, at, p.victims, previous, 'count-subject');
        if (f) previous = f.victim_side;
      }
      // "38 Taliban have been killed and 13 injured", "… and about 40 others wounded".
      const tail = new RegExp(
        `^[^.;]{0,60}?\\band\\s+(${COUNT_PHRASE})\\s+(?:others?\\s+|more\\s+)?(${MEASURE_ANY})`,
        'iu',
      ).exec(text.slice(mEnd, voice.end));
      if (tail && previous) {
        const countWords = tail[1] ?? '';
        const cStart = mEnd + tail[0].indexOf(countWords, tail[0].search(/\band\s/u));
        const nm = measureOf(tail[2] ?? '');
        const phrase: NounPhrase = {
          start: cStart,
          end: cStart + countWords.length,
          count: countOf(countWords),
          countWords,
          victims: '',
        };
        const first = out[out.length - 1];
        const from = first ? first.clause.start : mStart;
        if (nm)
          push(
            phrase,
            nm.measure,
            nm.rule,
            { start: from, end: mEnd + tail[0].length },
            '',
            previous,
            'count-and-count',
          );
      }
      // "… joined the Taliban along with over 100 security personnel".
      const along = /^\s*(?:[\w'’]+\s+){0,3}?along with\s+/iu.exec(text.slice(mEnd, voice.end));
      if (along) {
        const from = mEnd + along[0].length;
        for (const p of countedPhrases(text, from, Math.min(voice.end, from + 80)).slice(0, 3)) {
          push(p, measure.measure, measure.rule, at, p.victims, previous, 'along-with');
        }
      }
    }
  }

  // Noun forms: "heavy casualties", "several deaths on all sides", "dozens of bodies", "50 wounded people".
  const nounRe = new RegExp(
    `(${COUNT_PHRASE})\\s+(?:of\\s+)?(?:[\\w-]+\\s+)?(casualties|losses|deaths|dead|bodies|wounded|injured)\\b((?:\\s+(?:on|among|of|from|in)\\s+(?:the\\s+)?[\\w\\s-]{0,40}?(?=[,.;]|$))?)`,
    'giu',
  );
  for (const m of segment.matchAll(nounRe)) {
    const start = voice.start + (m.index ?? 0);
    const countWords = m[1] ?? '';
    if (seenCounts.has(start)) continue;
    const measure = measureOf(m[2] ?? '');
    if (!measure) continue;
    const after = text.slice(start + m[0].length, start + m[0].length + 30);
    const clause = clauseAround(text, voice, start, start + m[0].length, tokens);
    const context = `${m[3] ?? ''} ${/^\s+[\p{L}-]+/u.exec(after)?.[0] ?? ''}`;
    const subject = text.slice(clause.start, start);
    const sufferer = /\b(?:suffered|sustained|took)\b/iu.test(subject) ? subject : '';
    const victim = victimOf(context, speaker) ?? victimOf(sufferer, speaker);
    const phrase: NounPhrase = {
      start,
      end: start + m[0].length,
      count: countOf(countWords),
      countWords,
      victims: '',
    };
    const wordsUsed =
      phrase.count.qualifier === 'unquantified' ? `${countWords} ${m[2] ?? ''}`.trim() : countWords;
    if (NON_NUMERIC_VAGUE.test(countWords.trim()) && measure.measure !== 'killed_or_injured') continue;
    seenCounts.add(start);
    out.push({
      kind: 'casualties',
      clause: trimSpan(text, {
        start: Math.min(clause.start, start),
        end: Math.max(clause.end, start + m[0].length),
      }),
      measure: measure.measure,
      victim_side: victim?.side ?? 'unspecified',
      count: { ...phrase.count, words: wordsUsed },
      rule: `casualties:count-noun:${measure.rule}:${victim?.rule ?? 'victims-unknown'}`,
      confidence: phrase.count.qualifier === 'unquantified' ? 0.5 : 0.7,
    });
  }
  return out;
}

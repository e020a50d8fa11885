// Who says what: the speakers of a sentence and the stretches of it each one's words cover.
// Forms handled: "X said (that) …", "…, X said", "…,” said X", "According to X, …",
// "…, according to X", "…, the BBC reported, citing X", "adding/saying …" (the same speaker),
// "he said"/"the spokesman added" (a speaker named before), two speakers in one sentence, a
// quotation standing alone (the speaker of the quotation before it, or of the "He added" after
// it), and the report's own narration (side media).

import type { ClaimantSide } from '../domain/vocabulary';
import type { Span, Token, Unit } from './segment';
import {
  ACCORDING_TO,
  ATTRIBUTION_VERBS,
  NAMED_SPEAKERS,
  PRONOUN_SPEAKERS,
  SPEAKER_TITLES,
  type AttributionVerbRule,
} from './tables';

export interface Speaker {
  claimant: string;
  side: ClaimantSide;
  /** The attribution rule and the side rule, "said-after/government-titles". */
  rule: string;
  confidence: number;
  /** The speaker's words in the text (for places such as "a resident of Qala-e Naw"). */
  span: Span | null;
}

export interface Voice extends Span {
  speaker: Speaker;
}

export const NARRATION: Speaker = {
  claimant: "The report's narration",
  side: 'media',
  rule: 'narration',
  confidence: 0.9,
  span: null,
};

interface SideGuess {
  side: ClaimantSide;
  rule: string;
  confidence: number;
}

const compiled = <T extends { pattern: string }>(rows: readonly T[]): (T & { re: RegExp })[] =>
  rows.map((row) => ({ ...row, re: new RegExp(`(?<![\\w-])(?:${row.pattern})(?![\\w-])`, 'iu') }));

const TITLES = compiled(SPEAKER_TITLES);
const NAMES = compiled(NAMED_SPEAKERS);
const VERBS = ATTRIBUTION_VERBS.map((row) => ({
  ...row,
  re: new RegExp(`(?<![\\w-])(?:${row.pattern})(?![\\w-])`, 'giu'),
}));

/** The side the words of a speaker give, or null when no table row matches. */
export function sideOfSpeakerWords(words: string): SideGuess | null {
  for (const row of NAMES) if (row.re.test(words)) return { side: row.side, rule: row.name, confidence: 0.9 };
  for (const row of TITLES)
    if (row.re.test(words)) return { side: row.side, rule: row.name, confidence: 0.85 };
  return null;
}

/** The longest run of capitalised words in a speaker's words that is not a title or an organisation. */
export function personName(words: string): string | null {
  let best: string | null = null;
  for (const m of words.matchAll(/(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+/gu)) {
    const run = m[0].replace(/^(?:The|A|An|In|On|And|But)\s+/u, '');
    const kept = run
      .split(/\s+/u)
      .filter(
        (w) =>
          !sideOfSpeakerWords(w) &&
          !/^(?:Afghan|Afghanistan|Interior|Defence|Defense|Ministry|Provincial|Council|General|Gen|Brigadier|Captain|Colonel|Major|Mullah|Haji|Dr|Mr|Mrs|Ms|Deputy|Governor|President|Minister|Foreign|Affairs|National|Security|Adviser|Advisor|Director|Chief|Spokesman|Province|Forces|Army|Police|MP|U\.S|US)$/u.test(
            w,
          ),
      )
      .join(' ');
    if (kept !== '' && (best === null || kept.split(' ').length >= best.split(' ').length)) best = kept;
  }
  return best;
}

/** What a report has said about its speakers so far: names learnt with their titles, the last speaker. */
export class SpeakerMemory {
  last: Speaker | null = null;
  lastPerson: Speaker | null = null;
  private readonly names = new Map<string, Speaker>();

  remember(speaker: Speaker, words: string): void {
    this.last = speaker;
    const name = personName(words);
    const oneSpeaker =
      /^(?:a|an|one|the|another)\s/iu.test(words) &&
      !/\b(?:ministry|service|agency|mission|forces|government|authorities|officials|residents|Taliban|group|statement|police|council)\b/iu.test(
        words,
      );
    if (name || oneSpeaker || /\b(?:he|she)\b/iu.test(words)) this.lastPerson = speaker;
    if (name) {
      const parts = name.split(/\s+/u);
      this.names.set(name.toLowerCase(), speaker);
      const surname = parts[parts.length - 1];
      if (surname && parts.length > 1) this.names.set(surname.toLowerCase(), speaker);
    }
  }

  byName(words: string): Speaker | null {
    return this.names.get(words.toLowerCase()) ?? null;
  }

  /** "the spokesman": the last speaker whose words hold that title. */
  byTitle(title: string): Speaker | null {
    const key = /^spokes/u.test(title) ? 'spokes' : title;
    if (this.last && this.last.claimant.toLowerCase().includes(key)) return this.last;
    for (const speaker of [...this.names.values()].reverse()) {
      if (speaker.claimant.toLowerCase().includes(key)) return speaker;
    }
    // "the official", "the spokesman" with no such title before: the last speaker.
    return /^(?:spokes|official|statement|ministry)/u.test(key) ? this.last : null;
  }
}

const LEADING_NOISE =
  /^(?:[,;:\s]+|(?:and|but|however|meanwhile|also|earlier|later|separately|conversely|still|then|so|now|in (?:a|an|its|his|her|their) (?:statement|tweet|text message|interview|message|post)[^,]*|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[,\s]*)+/iu;
const TRAILING_NOISE =
  /(?:[,;:\s]+|\b(?:also|later|earlier|has|have|had|was|were|is|are|would|will|previously|then|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a statement|in a tweet|separately)\b)+$/iu;

/**
 * A wire story's dateline before the first sentence's speaker ("LASHKAR GAH, Afghanistan (AP) —",
 * "KABUL (Reuters) -"): the place and the agency, not who speaks. Its city is in capitals.
 */
const DATELINE =
  /^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:,\s*[\p{L} .'’-]+?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*/u;

export function cleanSpeakerWords(words: string): string {
  // "a health official, who spoke on condition of anonymity because …,": the clause is not the speaker.
  let out = words
    .replace(DATELINE, '')
    .replace(/,?\s*\b(?:who|which|speaking|asking|requesting|declining)\b[^,]*(?:,|$)/giu, ' ')
    .trim();
  for (let i = 0; i < 3; i++) out = out.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim();
  return out.replace(/^[“”"'‘’]+|[“”"'‘’]+$/gu, '').trim();
}

/** A speaker from its words: a pronoun or "the spokesman" refers back; a name learnt before; a title. */
export function resolveSpeaker(
  words: string,
  span: Span | null,
  memory: SpeakerMemory,
  form: string,
  fallback: Speaker | null,
): Speaker | null {
  const clean = cleanSpeakerWords(words);
  if (clean === '' || clean.split(/\s+/u).length > 22) return null;
  if (PRONOUN_SPEAKERS.test(clean)) {
    const lower = clean.toLowerCase();
    const title = lower.replace(/^the /u, '');
    const found =
      lower === 'he' || lower === 'she'
        ? (memory.lastPerson ?? memory.last)
        : lower === 'they' || lower === 'it'
          ? memory.last
          : (memory.byTitle(title) ?? null);
    if (found) return { ...found, rule: `${form}/pronoun`, confidence: found.confidence * 0.9 };
    const guess = sideOfSpeakerWords(clean);
    if (guess)
      return { claimant: clean, side: guess.side, rule: `${form}/${guess.rule}`, confidence: 0.6, span };
    return null;
  }
  const known = memory.byName(clean);
  if (known) return { ...known, span, rule: `${form}/learnt-name` };
  const guess = sideOfSpeakerWords(clean);
  if (guess)
    return {
      claimant: clean,
      side: guess.side,
      rule: `${form}/${guess.rule}`,
      confidence: guess.confidence,
      span,
    };
  if (fallback) return { ...fallback, rule: `${form}/same-as-before`, confidence: fallback.confidence * 0.8 };
  // A name and nothing else: most often someone on the spot. A guess, and said to be one.
  if (/^(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(clean)) {
    return { claimant: clean, side: 'residents', rule: `${form}/unknown-name`, confidence: 0.45, span };
  }
  return { claimant: clean, side: 'other', rule: `${form}/unknown-speaker`, confidence: 0.35, span };
}

// --- Finding attributions in a sentence ------------------------------------------------------

interface Found {
  verb: Span;
  rule: AttributionVerbRule | { name: string; continues?: boolean };
  speaker: Speaker;
  /** The speaker's words, left out of every voice. */
  speakerSpan: Span;
  direction: 'forward' | 'backward';
  /** For backward: content ends where the speaker begins. For forward: content starts here. */
  contentEdge: number;
  /** Object-only content ("confirmed the fall of the city"): ends at the first clause break. */
  objectOnly: boolean;
}

/** Where the words right after an attribution verb end: punctuation, a sentence end, a relative clause. */
const AFTER_STOP = /[,;!?:“”"]|(?<!(?:^|[\s.])\p{L})\.(?=\s|$)|\b(?:who|which)\b|\s[–—-]{1,2}\s|$/u;
const SPEAKER_AFTER_STOP =
  /,\s+(?:adding|saying|as|while|but|although|after)\b|[;]|(?<!(?:^|[\s.])\p{L})\.(?=\s|$)/u;

const BOUNDARY_BEFORE =
  /(?:[,;:(]|[“”"«»]|\s[–—-]{1,2}\s|\b(?:and|but|although|though|while|as|whereas|because|since|after|where|when|that)\b)\s*$/iu;
const CLAUSE_BREAK =
  /,\s+(?:as|while|although|though|but|whereas|after|amid|despite|where|which|and)\b|\s(?:as|while|although|though|but|whereas|amid)\s|[;:–—]|\s--\s/u;

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at > s.start && at < s.end - 1);
}

function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.filter((t) => t.start >= from && t.end <= to);
}

function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  return tokensIn(tokens, from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Walks back from `end` over the words of a speaker, to a clause boundary. */
function speakerStartBefore(text: string, unitStart: number, end: number, tokens: readonly Token[]): number {
  let start = end;
  for (let i = end - 1; i >= unitStart; i--) {
    const head = text.slice(unitStart, i + 1);
    // Only at a word's end: "who as|ked" is not the conjunction "as".
    const atWordEnd = !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
    if (atWordEnd && BOUNDARY_BEFORE.test(head) && text.slice(i + 1, end).trim() !== '') {
      start = i + 1;
      break;
    }
    start = i;
  }
  // "Nasir Ahmad Wardak, a spokesman for the interior ministry, said": extend over appositives
  // that hold no verb of their own (or are "who …" clauses), back to the sentence start.
  const before = text.slice(unitStart, start);
  if (/,\s*$/u.test(before) || /^\s*$/u.test(text.slice(start, end))) {
    let cursor = start;
    for (let steps = 0; steps < 3; steps++) {
      const head = text.slice(unitStart, cursor).replace(/[,\s]+$/u, '');
      const comma = Math.max(head.lastIndexOf(','), -1);
      const chunkStart = comma < 0 ? unitStart : unitStart + comma + 1;
      const chunk = text.slice(chunkStart, unitStart + head.length);
      const verbless = !hasFiniteVerb(tokens, chunkStart, unitStart + head.length);
      const relative = /^\s*(?:who|which|speaking|asking|requesting|declining|citing)\b/iu.test(chunk);
      if (!(verbless || relative) || chunk.trim() === '' || /[“”"]/u.test(chunk)) break;
      cursor = chunkStart;
      if (comma < 0) break;
    }
    if (cursor < start) start = cursor;
  }
  while (start < end && /[\s,]/u.test(text[start] ?? '')) start++;
  return start;
}

/** Skips "told the Associated Press by telephone that", "said on Sunday in a statement:". */
function contentStartAfter(
  text: string,
  verbEnd: number,
  unitEnd: number,
  rule: string,
  tokens: readonly Token[],
): number {
  const rest = text.slice(verbEnd, unitEnd);
  const that = /^(.{0,90}?)\bthat\b/u.exec(rest);
  const lowerVerb = tokensIn(tokens, verbEnd, verbEnd + (that?.[1]?.length ?? 0)).some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text),
  );
  if (
    that &&
    !lowerVerb &&
    !/[“”".;]/u.test(that[1] ?? '') &&
    (rule === 'told' || !/,/u.test(that[1] ?? ''))
  ) {
    return verbEnd + that[0].length;
  }
  let skip = 0;
  const adjunct =
    /^(?:\s*(?:,|:|on (?:Twitter|Facebook|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|in (?:a|an) (?:statement|tweet|interview|text message|message)(?: to [\w\s'’]{1,40}?)?(?=[\s,:])|by (?:tele)?phone|late|early|earlier|later|also|today|on condition of anonymity|to reporters|to the media))+/iu;
  if (rule === 'told') {
    const listener =
      /^\s*(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}'’/.-]*|of|and|news|press|conference|reporters|journalists|media|parliament|lawmakers|a|the)\s*)+?(?=\s(?:that|on|by|in|the|a|an|\p{Ll})|[,:.])/u.exec(
        rest,
      );
    if (listener) skip = listener[0].length;
  }
  const more = adjunct.exec(rest.slice(skip));
  if (more) skip += more[0].length;
  return verbEnd + skip;
}

function objectOnlyAfter(from: number, to: number, tokens: readonly Token[]): boolean {
  // "confirmed the fall of the city", "claimed major advances as …": a noun phrase, no clause.
  const first = tokensIn(tokens, from, to).slice(0, 6);
  if (first.length === 0) return false;
  if (first[0] && /^(?:that|:)$/iu.test(first[0].text)) return false;
  const np = /^(?:the|a|an|its|their|his|her|major|significant|responsibility|credit)$/iu.test(
    first[0]?.text ?? '',
  );
  if (!np) return false;
  const upTo = first.findIndex(
    (t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:as|while|amid|after|but|,)$/iu.test(t.text),
  );
  return upTo < 0 || !/^(?:VERB|AUX)$/u.test(first[upTo]?.pos ?? '');
}

/**
 * The attributions in one sentence, in order. `carried` is the speaker a continuation verb falls
 * back on when the sentence names none.
 */
export function findAttributions(
  text: string,
  unit: Unit,
  tokens: readonly Token[],
  quotations: readonly Span[],
  memory: SpeakerMemory,
): Found[] {
  const found: Found[] = [];
  const matches: { span: Span; rule: AttributionVerbRule | null }[] = [];
  const unitText = text.slice(unit.start, unit.end);
  for (const row of VERBS) {
    row.re.lastIndex = 0;
    for (const m of unitText.matchAll(row.re)) {
      const start = unit.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (inside(quotations, start)) continue;
      const token = tokens.find((t) => t.start === start);
      if (row.verbOnly && token && token.pos !== 'VERB' && token.pos !== 'AUX') continue;
      // "residents were told", "the said": passive or adjective, not attribution.
      if (
        /\b(?:was|were|been|being|is|are|be|the|so[- ])\s*$/iu.test(
          text.slice(Math.max(unit.start, start - 8), start),
        )
      )
        continue;
      if (matches.some((x) => x.span.start < end && start < x.span.end)) continue;
      matches.push({ span: { start, end }, rule: row });
    }
  }
  ACCORDING_TO.lastIndex = 0;
  for (const m of unitText.matchAll(ACCORDING_TO)) {
    const start = unit.start + (m.index ?? 0);
    if (!inside(quotations, start)) matches.push({ span: { start, end: start + m[0].length }, rule: null });
  }
  matches.sort((a, b) => a.span.start - b.span.start);

  let previousEnd = unit.start;
  let previousSpeaker: Speaker | null = null;
  for (const { span: verb, rule } of matches) {
    if (verb.start < previousEnd) continue;
    // "according to X" / "citing X": the speaker follows.
    if (rule === null) {
      const word = text.slice(verb.start, verb.end).toLowerCase();
      const rest = text.slice(verb.end, unit.end);
      const stop = /[,;.]|\s[–—-]{1,2}\s|$/u.exec(rest);
      const speakerEnd = verb.end + (stop?.index ?? rest.length);
      const words = text.slice(verb.end, speakerEnd);
      const atStart = text.slice(previousEnd, verb.start).trim() === '';
      if (word === 'citing' || word === 'quoting') {
        const last = found[found.length - 1];
        const speaker = resolveSpeaker(words, { start: verb.end, end: speakerEnd }, memory, 'citing', null);
        if (last && speaker && last.direction === 'backward') {
          last.speaker = {
            ...speaker,
            claimant: `${speaker.claimant}, as cited by ${last.speaker.claimant}`,
          };
          last.speakerSpan = { start: last.speakerSpan.start, end: speakerEnd };
          previousEnd = speakerEnd;
        }
        continue;
      }
      const speaker = resolveSpeaker(
        words,
        { start: verb.end, end: speakerEnd },
        memory,
        'according-to',
        previousSpeaker,
      );
      if (!speaker) continue;
      found.push({
        verb,
        rule: { name: 'according-to' },
        speaker,
        speakerSpan: { start: verb.start, end: speakerEnd },
        direction: atStart ? 'forward' : 'backward',
        contentEdge: atStart ? speakerEnd + 1 : verb.start,
        objectOnly: false,
      });
      previousEnd = speakerEnd;
      previousSpeaker = speaker;
      continue;
    }

    const afterStop = AFTER_STOP.exec(text.slice(verb.end, unit.end));
    const afterEnd = verb.end + (afterStop?.index ?? 0);
    // Capitalised words are names even when tagged as verbs ("the Associated Press").
    const afterHasClause =
      tokensIn(tokens, verb.end, afterEnd).some(
        (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text),
      ) || /^\s*(?:that\b|:)/u.test(text.slice(verb.end, unit.end));
    const closeQuote = quotations
      .filter((q) => q.end <= verb.start && q.start >= previousEnd && q.end > unit.start)
      .pop();
    const betweenQuote = closeQuote ? text.slice(closeQuote.end, verb.start) : null;
    // "“…,” X said" / "“…”, X said": the quotation ends the content, a comma sits at its close.
    const closesContent =
      closeQuote !== undefined &&
      (/[,.!?]$/u.test(text.slice(closeQuote.start, closeQuote.end - 1)) ||
        /^\s*,/u.test(text.slice(closeQuote.end)));
    const quoteThenSpeaker =
      closesContent &&
      closeQuote !== undefined &&
      betweenQuote !== null &&
      betweenQuote.length < 160 &&
      !/[“”"]/u.test(betweenQuote) &&
      !afterHasClause &&
      !tokensIn(tokens, closeQuote.end, verb.start).some(
        (t, i, all) =>
          (t.pos === 'VERB' || t.pos === 'AUX') && !/^(?:who|speaking)$/iu.test(all[i - 1]?.text ?? ''),
      );

    let direction: 'forward' | 'backward' = 'forward';
    let speakerSpan: Span;
    if (rule.continues && /,\s*$/u.test(text.slice(unit.start, verb.start))) {
      // "…, saying …": no speaker of its own.
      speakerSpan = { start: verb.start, end: verb.start };
    } else if (quoteThenSpeaker && closeQuote) {
      direction = 'backward';
      const s = closeQuote.end;
      const words = text.slice(s, verb.start);
      if (cleanSpeakerWords(words) === '') {
        // "…,” said Shams." — the speaker follows the verb.
        const rest = text.slice(verb.end, unit.end);
        const stop = SPEAKER_AFTER_STOP.exec(rest);
        speakerSpan = { start: verb.end, end: verb.end + (stop?.index ?? rest.length) };
      } else speakerSpan = { start: s, end: verb.start };
    } else if (
      !afterHasClause &&
      /,\s*[^,]*$/u.test(text.slice(previousEnd, verb.start)) &&
      text.slice(previousEnd, verb.start).trim().length > 0
    ) {
      // "…, Ghazni provincial government spokesman Mohammad Arif Noori said." or "…, said X".
      const before = text.slice(previousEnd, verb.start);
      const comma = before.lastIndexOf(',');
      const s = previousEnd + comma + 1;
      const words = text.slice(s, verb.start);
      const contentBefore = text.slice(previousEnd, s).trim().length > 0;
      if (cleanSpeakerWords(words) === '' && contentBefore) {
        direction = 'backward';
        const rest = text.slice(verb.end, unit.end);
        const stop = SPEAKER_AFTER_STOP.exec(rest);
        speakerSpan = { start: verb.end, end: verb.end + (stop?.index ?? rest.length) };
      } else if (contentBefore && words.split(/\s+/u).length <= 14 && !hasFiniteVerb(tokens, s, verb.start)) {
        direction = 'backward';
        speakerSpan = { start: s, end: verb.start };
      } else {
        speakerSpan = {
          start: speakerStartBefore(text, Math.max(unit.start, previousEnd), verb.start, tokens),
          end: verb.start,
        };
      }
    } else {
      speakerSpan = {
        start: speakerStartBefore(text, Math.max(unit.start, previousEnd), verb.start, tokens),
        end: verb.start,
      };
    }

    const words = text.slice(speakerSpan.start, speakerSpan.end);
    const clean = cleanSpeakerWords(words);
    const continues = (rule.continues === true || rule.name === 'added') && clean === '';
    let speaker: Speaker | null;
    if (clean === '' || /^(?:who|which)$/iu.test(clean)) {
      // "…, adding that …", "…, who said …": the speaker of the clause this hangs on.
      const before = text.slice(Math.max(unit.start, speakerSpan.start - 60), speakerSpan.start);
      const np =
        /(?:^|\b(?:from|by|of|with|to)\s+|,\s*)((?:(?:the|a|an|their|its|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s*,?\s*$/u.exec(
          before,
        );
      // With no speaker before it in the sentence, "adding" hangs on the sentence's subject.
      const firstVerb = tokensIn(tokens, unit.start, speakerSpan.start).find(
        (t) => t.pos === 'VERB' || t.pos === 'AUX',
      );
      const subjectWords = firstVerb ? text.slice(unit.start, firstVerb.start) : '';
      const subject: Speaker | null =
        !previousSpeaker &&
        continues &&
        subjectWords.trim() !== '' &&
        sideOfSpeakerWords(cleanSpeakerWords(subjectWords))
          ? resolveSpeaker(
              subjectWords,
              { start: unit.start, end: firstVerb?.start ?? unit.start },
              memory,
              rule.name,
              null,
            )
          : null;
      speaker =
        (clean !== '' && np ? resolveSpeaker(np[1] ?? '', null, memory, rule.name, previousSpeaker) : null) ??
        previousSpeaker ??
        subject ??
        (continues ? memory.last : null);
      if (speaker)
        speaker = { ...speaker, rule: `${rule.name}/same-speaker`, confidence: speaker.confidence * 0.9 };
    } else {
      speaker = resolveSpeaker(
        words,
        speakerSpan,
        memory,
        `${rule.name}-${direction === 'forward' ? 'before' : 'after'}`,
        previousSpeaker,
      );
    }
    if (!speaker) continue;
    memory.remember(speaker, clean);

    const contentEdge =
      direction === 'forward'
        ? contentStartAfter(text, verb.end, unit.end, rule.name, tokens)
        : Math.min(speakerSpan.start, verb.start);
    found.push({
      verb,
      rule,
      speaker,
      speakerSpan: {
        start: Math.min(speakerSpan.start, verb.start),
        end: Math.max(speakerSpan.end, verb.end),
      },
      direction,
      contentEdge,
      objectOnly: direction === 'forward' && objectOnlyAfter(contentEdge, unit.end, tokens),
    });
    previousSpeaker = speaker;
    previousEnd = direction === 'forward' ? contentEdge : Math.max(speakerSpan.end, verb.end);
  }
  return found;
}

/**
 * The voices of one sentence: each stretch with its speaker. Stretches no attribution covers are
 * the report's narration, or, for a quotation standing alone, the speaker carried to it.
 */
export function voicesOf(
  text: string,
  unit: Unit,
  tokens: readonly Token[],
  quotations: readonly Span[],
  memory: SpeakerMemory,
  carried: Speaker | null,
): { voices: Voice[]; attributed: boolean } {
  const found = findAttributions(text, unit, tokens, quotations, memory);
  const voices: Voice[] = [];
  let cursor = unit.start;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f) continue;
    const next = found[i + 1];
    if (f.direction === 'backward') {
      const from = cursor;
      const to = f.contentEdge;
      // A backward attribution right after a forward one only passes it on ("…, CNN reported").
      const previous = found[i - 1];
      if (
        to > from &&
        !(previous && previous.direction === 'forward' && previous.speakerSpan.end >= from - 2)
      ) {
        voices.push({ start: from, end: to, speaker: f.speaker });
      }
      cursor = Math.max(cursor, f.speakerSpan.end);
    } else {
      if (f.speakerSpan.start > cursor)
        voices.push({ start: cursor, end: f.speakerSpan.start, speaker: NARRATION });
      let to = next ? next.speakerSpan.start : unit.end;
      if (next && next.direction === 'backward' && next.rule.name !== 'according-to')
        to = next.speakerSpan.start;
      if (f.objectOnly) {
        const rest = text.slice(f.contentEdge, to);
        const stop = CLAUSE_BREAK.exec(rest);
        if (stop) {
          voices.push({ start: f.contentEdge, end: f.contentEdge + stop.index, speaker: f.speaker });
          voices.push({ start: f.contentEdge + stop.index, end: to, speaker: NARRATION });
          cursor = to;
          continue;
        }
      }
      voices.push({ start: f.contentEdge, end: to, speaker: f.speaker });
      cursor = to;
    }
  }
  const lastFound = found[found.length - 1];
  const participle = /^\s*,\s*(?!according\b)\p{Ll}+ing\b/u.test(text.slice(cursor, unit.end));
  if (lastFound && lastFound.direction === 'backward' && participle) {
    // "…, officials said, leaving hundreds of soldiers trapped": the same speaker goes on.
    voices.push({ start: cursor, end: unit.end, speaker: lastFound.speaker });
    cursor = unit.end;
  }
  if (cursor < unit.end && text.slice(cursor, unit.end).trim().length > 1) {
    const rest: Span = { start: cursor, end: unit.end };
    const quotation = quotations.find((q) => q.start >= rest.start - 1 && q.start <= rest.start + 3);
    const standsAlone =
      found.length === 0 &&
      quotation !== undefined &&
      quotation.end - quotation.start >= 0.6 * (unit.end - unit.start);
    if (standsAlone && carried) {
      voices.push({
        ...rest,
        speaker: {
          ...carried,
          rule: `quotation-carried/${carried.rule}`,
          confidence: carried.confidence * 0.8,
        },
      });
    } else if (found.length > 0 && voices.length > 0 && found[found.length - 1]?.direction === 'forward') {
      // Already covered by the last forward voice.
    } else {
      voices.push({ ...rest, speaker: NARRATION });
    }
  }
  return { voices: voices.filter((v) => v.end > v.start), attributed: found.length > 0 };
}

/** A unit that opens with a pronoun attribution ("He added …", "he said"): its speaker is carried back. */
export function opensWithPronounAttribution(text: string, unit: Unit): boolean {
  return /^\s*(?:[“"][^”"]*[”"]\s*,?\s*)?(?:he|she|they)\s+(?:also\s+)?(?:said|added|says|adds|told|continued)\b/iu.test(
    text.slice(unit.start, unit.end),
  );
}

/** Photos, videos and pictures as the subject of a sentence speak for their unnamed makers. */
export const ARTEFACT_SUBJECT =
  /^\s*(?:(?:however|but|and|meanwhile),?\s+)?(?:(?:the|some|unverified|new)\s+)*(?:photos?|pictures?|videos?|footage|images?)\b[^.]{0,80}?\b(?:showed|show|shows|posted|circulating|appeared)\b/iu;

export function artefactSpeaker(text: string, unit: Unit): Speaker | null {
  const m = ARTEFACT_SUBJECT.exec(text.slice(unit.start, unit.end));
  if (!m) return null;
  const side = /pro-Taliban/iu.test(m[0]) ? 'taliban' : 'other';
  return {
    claimant: m[0].replace(/\s+\S+$/u, '').trim(),
    side,
    rule: 'artefact-subject',
    confidence: 0.6,
    span: null,
  };
}

// Splitting a report into paragraphs, sentences and tokens with character offsets.
// wink-nlp (with its small web model) gives sentences, tokens and part-of-speech tags; the
// offsets are recovered by walking the original text, so every span indexes the input exactly.

import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink: VERB, AUX, NOUN, PROPN, … */
  pos: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Unit extends Span {
  /** The first line of a report, a line with no closing punctuation, or a caption. */
  headline: boolean;
  paragraph: number;
}

export interface Segmented {
  tokens: Token[];
  /** Sentences, merged where a quotation runs across a sentence end. */
  units: Unit[];
  /** Quotations: from the opening mark to the closing mark inclusive. */
  quotations: Span[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function getNlp(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

const OPEN_QUOTES = new Set(['“', '"', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '»']);

/** Quotation spans in one paragraph: curly or straight marks, mixed pairs allowed (“…"). */
export function findQuotations(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (open === null) {
      const next = text[i + 1] ?? ' ';
      if (OPEN_QUOTES.has(ch) && !/\s/u.test(next)) open = i;
    } else if (CLOSE_QUOTES.has(ch)) {
      spans.push({ start: open, end: i + 1 });
      open = null;
    }
  }
  if (open !== null && to - open > 1) spans.push({ start: open, end: to });
  return spans;
}

function tokenize(offset: number, paragraph: string): { tokens: Token[]; sentences: Span[] } {
  const doc = getNlp().readDoc(paragraph);
  const its = getNlp().its;
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = paragraph.indexOf(value, cursor);
    if (at < 0 || value.trim() === '') continue;
    tokens.push({ text: value, start: offset + at, end: offset + at + value.length, pos: tags[i] ?? 'X' });
    cursor = at + value.length;
  }
  // Sentences as token-index spans; map them to characters through the token list above,
  // which may have skipped whitespace tokens, so go by wink's own indices on `values`.
  const starts: number[] = [];
  let c = 0;
  for (const value of values) {
    const at = paragraph.indexOf(value, c);
    starts.push(at < 0 ? c : at);
    if (at >= 0) c = at + value.length;
  }
  const sentences: Span[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const start = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (values[last] ?? '').length;
    sentences.push({ start: offset + start, end: offset + end });
  });
  return { tokens, sentences };
}

/** Paragraphs are lines; each is split into sentences, and sentences that a quotation spans are joined. */
export function segment(text: string): Segmented {
  const tokens: Token[] = [];
  const units: Unit[] = [];
  const quotations: Span[] = [];
  let paragraphIndex = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0) {
      const from = lineStart + lead;
      const to = from + line.length;
      const quotes = findQuotations(text, from, to);
      quotations.push(...quotes);
      const { tokens: lineTokens, sentences } = tokenize(from, line);
      tokens.push(...lineTokens);
      const headline = !/[.!?"”’)]$/u.test(line) || /^(?:photo|caption|image)\s*:/iu.test(line);
      const merged: Span[] = [];
      for (const sentence of sentences) {
        const previous = merged[merged.length - 1];
        const crosses =
          previous !== undefined &&
          quotes.some((q) => q.start < previous.end && q.end > previous.end && q.end > sentence.start);
        if (previous && crosses) previous.end = Math.max(previous.end, sentence.end);
        else merged.push({ ...sentence });
      }
      for (const span of merged) units.push({ ...span, headline, paragraph: paragraphIndex });
      paragraphIndex++;
    }
    lineStart = lineEnd + 1;
  }
  return { tokens, units, quotations };
}

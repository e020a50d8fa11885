// A draft data/claims/<id>.yaml document from the extractor's drafts, for a person to check and
// complete. Every claim gets a placeholder event that the data build rejects until it is
// replaced, and its confidence and rule as a comment.

import type { Draft } from './types';

export const EVENT_PLACEHOLDER = 'FILL-IN-EVENT';

function scalar(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (
    value === '' ||
    /^[\s'"!&*#|>%@`{}[\],?:-]|[:#]\s|\s$|^(?:null|true|false|yes|no|~|\d[\d.,e+-]*)$/iu.test(value) ||
    /[:#]$/u.test(value)
  ) {
    return JSON.stringify(value);
  }
  return value;
}

function slug(words: string, max = 6): string {
  return words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/gu, ' ')
    .split(/[\s-]+/u)
    .filter(
      (w) =>
        w.length > 0 && !/^(?:the|a|an|of|and|to|in|on|had|has|have|been|was|were|that|its|their)$/u.test(w),
    )
    .slice(0, max)
    .join('-');
}

/** A kebab-case id per draft, unique within `taken` (which it extends). */
export function claimId(draft: Draft, taken: Set<string>): string {
  const where = draft.province ?? draft.place ?? 'afghanistan';
  const year = draft.date.slice(0, 4);
  const side = draft.side.replace(/_/gu, '-');
  const base = [where, year, side, slug(draft.quote)]
    .filter((p) => p !== '')
    .join('-')
    .replace(/-+/gu, '-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function draftYaml(
  articleId: string,
  drafts: readonly Draft[],
  existingClaimIds: readonly string[] = [],
): string {
  const taken = new Set(existingClaimIds);
  const lines: string[] = [
    `# Draft claims proposed by the extractor (npm run extract). Check every claim against the text:`,
    `# the side, the place, the counts and the holder are guesses by rule. Each claim's event is the`,
    `# placeholder ${EVENT_PLACEHOLDER}, which the data build (npm run data) rejects until it names an`,
    `# event in data/events/events.yaml. Add the report's caveats by hand.`,
    `article: ${articleId}`,
  ];
  if (drafts.length === 0) {
    lines.push('claims: [] # the extractor found no claim in this report');
    return `${lines.join('\n')}\n`;
  }
  lines.push('claims:');
  drafts.forEach((d, i) => {
    if (i > 0) lines.push('');
    lines.push(`  # confidence ${d.confidence.toFixed(2)}; rule ${d.rule}`);
    lines.push(`  - id: ${claimId(d, taken)}`);
    lines.push(
      `    event: ${EVENT_PLACEHOLDER} # placeholder: the data build rejects it until it is a real event id`,
    );
    lines.push(`    claimant: ${scalar(d.claimant)}`);
    lines.push(`    side: ${d.side}`);
    lines.push(`    kind: ${d.kind}`);
    lines.push(`    place: ${scalar(d.place)}`);
    lines.push(`    province: ${scalar(d.province)}`);
    lines.push(`    place_precision: ${d.place_precision}`);
    lines.push(`    date: ${d.date}`);
    lines.push(`    date_precision: ${d.date_precision}`);
    if (d.kind === 'control') {
      lines.push(`    holder: ${d.holder ?? 'none'}`);
      lines.push(`    extent: ${d.extent ?? 'whole'}`);
      lines.push(`    action: ${d.action ?? 'fighting'}`);
    } else if (d.casualties) {
      const c = d.casualties;
      lines.push('    casualties:');
      lines.push(`      measure: ${c.measure}`);
      lines.push(`      victim_side: ${c.victim_side}`);
      lines.push('      count:');
      lines.push(`        words: ${scalar(c.count.words)}`);
      lines.push(`        qualifier: ${c.count.qualifier}`);
      lines.push(`        low: ${scalar(c.count.low)}`);
      lines.push(`        high: ${scalar(c.count.high)}`);
    }
    lines.push('    quote: >-');
    lines.push(`      ${d.quote}`);
    lines.push('    caveat: null');
  });
  return `${lines.join('\n')}\n`;
}

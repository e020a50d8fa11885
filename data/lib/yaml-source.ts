// Reading curated YAML so that every problem can be reported as `file:line: problem`.

import { lstatSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export class DataProblem {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.file}:${this.line}: ${this.message}`;
  }
}

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlSource {
  file: string;
  value: unknown;
  /** The line of the deepest node that exists along `path` (1-based). */
  lineOf(path: YamlPath): number;
}

/** A path shown relative to the working directory, as people type it. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Decodes a data file as UTF-8, dropping a byte-order mark and normalising CRLF. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // NUL is valid UTF-8 but never text: it is how UTF-16 without a byte-order mark decodes.
  if (text.includes('\u0000')) throw new TypeError('NUL byte');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function readYaml(file: string, problems: DataProblem[]): YamlSource | null {
  const shown = displayPath(file);
  // Like the articles and claims, every data file must be itself, not a link to one elsewhere.
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
    problems.push(new DataProblem(shown, 1, 'must be a regular file inside data/, not a link'));
    return null;
  }
  let source: string;
  try {
    source = readText(file);
  } catch (error) {
    const reason = error instanceof TypeError ? 'is not valid UTF-8 text' : String(error);
    problems.push(new DataProblem(shown, 1, `cannot read the file: ${reason}`));
    return null;
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Warnings too (an unknown tag such as !!js/function): curated data is plain YAML.
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    for (const error of [...doc.errors, ...doc.warnings]) {
      const line = lineCounter.linePos(error.pos[0]).line;
      problems.push(new DataProblem(shown, line, `unreadable YAML: ${error.message.split('\n')[0]}`));
    }
    return null;
  }
  let value: unknown;
  try {
    // The yaml library refuses aliases that expand without bound ("billion laughs") by throwing.
    value = doc.toJS();
  } catch (error) {
    problems.push(new DataProblem(shown, 1, `unreadable YAML: ${(error as Error).message}`));
    return null;
  }
  return {
    file: shown,
    value,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node: unknown = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}

/** Checks `value` (found at `path` in `source`) against `schema`; problems point at lines. */
export function checkAt<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: YamlSource,
  path: YamlPath,
  problems: DataProblem[],
): z.infer<S> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = [...path, ...issuePath];
    const field = issuePath.length > 0 ? `${issuePath.join('.')}: ` : '';
    problems.push(new DataProblem(source.file, source.lineOf(where), `${field}${issue.message}`));
  }
  return null;
}

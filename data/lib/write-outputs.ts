// Writes every output of a data script, or none: each file goes to a temporary name first
// and is renamed only when all were written, so a failure never leaves half an output.

import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath } from './yaml-source';

/** Compact, stable JSON: one feature per line keeps diffs readable and files small. */
export function stringifyGeoJson(value: unknown): string {
  if (value && typeof value === 'object' && 'features' in value && Array.isArray(value.features)) {
    const { features, ...rest } = value as { features: unknown[] } & Record<string, unknown>;
    const head = JSON.stringify(rest).slice(0, -1);
    const body = features.map((f) => JSON.stringify(f)).join(',\n');
    return `${head}${head.length > 1 ? ',' : ''}"features":[\n${body}\n]}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

export function writeOutputs(outputs: Array<[path: string, value: unknown]>): void {
  const temps: string[] = [];
  try {
    for (const [path, value] of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.tmp-${process.pid}`;
      writeFileSync(temp, stringifyGeoJson(value));
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  outputs.forEach(([path], i) => {
    renameSync(temps[i] as string, path);
    console.error(`wrote ${displayPath(path)} (${statSync(path).size} bytes)`);
  });
}

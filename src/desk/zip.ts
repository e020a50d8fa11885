// The static desk's output: the files a save would write, in a .zip whose paths are the repository's
// (data/articles/…, data/claims/…), to unzip at the repository's root.

import { strToU8, zipSync } from 'fflate';
import type { DeskFiles } from './files';

export function zipName(id: string): string {
  return `claimed-ground-desk_${id}.zip`;
}

export function deskZip(files: DeskFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  // A fixed time: the same work makes the same bytes.
  const mtime = new Date('2021-12-31T00:00:00Z');
  for (const f of files.files) entries[`data/${f.path}`] = strToU8(f.content);
  return zipSync(entries, { level: 6, mtime });
}

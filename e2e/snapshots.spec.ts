import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { snapshotList } from '../scripts/snapshots';

test('the snapshot list has one image per year and one per provincial-capital event', () => {
  const ids = snapshotList().map((s) => s.id);
  expect(ids.filter((id) => id.startsWith('year-'))).toEqual(
    [2015, 2016, 2017, 2018, 2019, 2020, 2021].map((y) => `year-${y}`),
  );
  expect(ids).toContain('event-ghazni-2018-08');
  expect(ids).toContain('event-kunduz-2015-09');
  expect(ids).not.toContain('event-kandahar-prison-2021-08');
});

test('npm run snapshots writes real PNG files', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'snapshots-'));
  const only = ['year-2018', 'event-ghazni-2018-08'];
  await promisify(execFile)(
    'npx',
    ['tsx', 'scripts/snapshots.ts', '--base-url', baseURL!, '--out', out, '--only', only.join(',')],
    {
      timeout: 170_000,
    },
  );
  expect(readdirSync(out).sort()).toEqual(only.map((id) => `${id}.png`).sort());
  for (const id of only) {
    const png = readFileSync(join(out, `${id}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(png.length).toBeGreaterThan(50_000);
  }
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { deskZip, zipName } from './zip';

describe('the desk zip', () => {
  test('holds each file under data/, byte for byte, and is the same for the same work', () => {
    const files = {
      id: '901_aaaaaaaaaaaaaaaa',
      files: [
        { path: 'articles/901_aaaaaaaaaaaaaaaa.txt', content: '“Curly” text — unchanged.\n' },
        { path: 'claims/901_aaaaaaaaaaaaaaaa.yaml', content: 'article: 901_aaaaaaaaaaaaaaaa\nclaims: []\n' },
      ],
    };
    const zip = deskZip(files);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(files.files.map((f) => `data/${f.path}`));
    expect(strFromU8(back['data/articles/901_aaaaaaaaaaaaaaaa.txt']!)).toBe('“Curly” text — unchanged.\n');
    expect(deskZip(files)).toEqual(zip);
    expect(zipName(files.id)).toBe('claimed-ground-desk_901_aaaaaaaaaaaaaaaa.zip');
  });
});

import { describe, expect, test } from 'vitest';
import { EMPTY_WORK, type DeskWork } from './records';
import { BACKUP_KEY, loadWork, saveWork, STORAGE_KEY } from './storage';

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const WORK: DeskWork = { ...EMPTY_WORK, text: 'A report.', found: false };

describe('work kept in the browser', () => {
  test('what is saved is read back', () => {
    const store = memory();
    expect(saveWork(store, WORK)).toBe(true);
    expect(loadWork(store)).toEqual({ work: WORK, unreadable: null });
    expect(JSON.parse(store.items.get(STORAGE_KEY)!)).toMatchObject({ version: 1 });
  });

  test('nothing saved: an empty desk', () => {
    expect(loadWork(memory())).toEqual({ work: EMPTY_WORK, unreadable: null });
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, work: WORK })],
    ['a wrong shape', JSON.stringify({ version: 1, work: { ...WORK, claims: 'many' } })],
    [
      'a word outside the vocabulary',
      JSON.stringify({ version: 1, work: { ...WORK, claims: [{ status: 'maybe' }] } }),
    ],
  ])('garbage (%s): an empty desk, and the raw value kept under the backup key', (_, raw) => {
    const store = memory({ [STORAGE_KEY]: raw });
    expect(loadWork(store)).toEqual({ work: EMPTY_WORK, unreadable: BACKUP_KEY });
    expect(store.items.get(BACKUP_KEY)).toBe(raw);
    expect(store.items.has(STORAGE_KEY)).toBe(false);
  });

  test('an earlier backup is not written over', () => {
    const store = memory({ [STORAGE_KEY]: 'new garbage', [BACKUP_KEY]: 'old garbage' });
    const { unreadable } = loadWork(store);
    expect(unreadable).toMatch(new RegExp(`^${BACKUP_KEY}:\\d+$`, 'u'));
    expect(store.items.get(BACKUP_KEY)).toBe('old garbage');
    expect(store.items.get(unreadable!)).toBe('new garbage');
  });

  test('a browser that refuses to store: the raw value stays where it is, and says so', () => {
    const store = {
      ...memory({ [STORAGE_KEY]: 'garbage' }),
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadWork(store)).toEqual({ work: EMPTY_WORK, unreadable: STORAGE_KEY });
    expect(saveWork(store, WORK)).toBe(false);
  });
});

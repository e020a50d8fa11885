import { describe, expect, it, vi } from 'vitest';
import { moduleLoader } from './use-module';

describe('moduleLoader', () => {
  it('starts loading at once and hands out the module once it is there', async () => {
    const importer = vi.fn(() => Promise.resolve({ name: 'map' }));
    const loader = moduleLoader(importer);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(loader.current()).toBeNull();
    await expect(loader.load()).resolves.toEqual({ name: 'map' });
    expect(loader.current()).toEqual({ name: 'map' });
    // One load, however often it is asked for.
    await loader.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load, and a later load tries again', async () => {
    const importer = vi
      .fn<() => Promise<{ name: string }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ name: 'map' });
    const loader = moduleLoader(importer);
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    expect(loader.current()).toBeNull();
    await expect(loader.load()).resolves.toEqual({ name: 'map' });
    expect(importer).toHaveBeenCalledTimes(2);
    expect(loader.current()).toEqual({ name: 'map' });
  });

  it('not started, loads nothing until asked', async () => {
    const importer = vi.fn(() => Promise.resolve({ name: 'map' }));
    const loader = moduleLoader(importer, false);
    expect(importer).not.toHaveBeenCalled();
    expect(loader.current()).toBeNull();
    await expect(loader.load()).resolves.toEqual({ name: 'map' });
    expect(importer).toHaveBeenCalledTimes(1);
  });
});

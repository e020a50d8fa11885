import { describe, expect, it, vi } from 'vitest';
import { hasWebgl2 } from './webgl-support';

/** A document whose canvases answer `getContext('webgl2')` with `context`, or throw it. */
function documentWith(context: unknown, throws = false): Document {
  const getContext = vi.fn(() => {
    if (throws) throw context;
    return context;
  });
  return { createElement: () => ({ getContext }) } as unknown as Document;
}

describe('hasWebgl2', () => {
  it('a context: yes, and the test context is released at once', () => {
    const loseContext = vi.fn();
    const context = {
      getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null),
    };
    expect(hasWebgl2(documentWith(context))).toBe(true);
    expect(loseContext).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no context (WebGL turned off or blocklisted)', documentWith(null)],
    ['getContext throws', documentWith(new Error('denied'), true)],
  ])('%s: no', (_name, doc) => {
    expect(hasWebgl2(doc)).toBe(false);
  });

  it('a context without the extension to release it: still yes', () => {
    expect(hasWebgl2(documentWith({ getExtension: () => null }))).toBe(true);
  });
});

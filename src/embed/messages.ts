// The messages an embedded Claimed Ground page sends to the page that hosts it.
//
// Our own format (read by /embed.js):
//   { type: "claimed-ground:resize", version: 1, height: <CSS pixels, integer > 0> }
// pym.js (newsroom CMSs that already load it):
//   "pymxPYMx<childId>xPYMxheightxPYMx<height>"   (childId comes from the iframe URL)
// AMP (amp-iframe with `resizable`):
//   { sentinel: "amp", type: "embed-size", height: <height> }

export const RESIZE_TYPE = 'claimed-ground:resize';
export const MESSAGE_VERSION = 1;
/** Heights outside this range are refused as malformed. */
export const MAX_HEIGHT = 20_000;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  version: typeof MESSAGE_VERSION;
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_TYPE, version: MESSAGE_VERSION, height: Math.ceil(height) };
}

/** True only for a well-formed resize message (the host script applies the same check). */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === RESIZE_TYPE &&
    message.version === MESSAGE_VERSION &&
    typeof message.height === 'number' &&
    Number.isInteger(message.height) &&
    message.height > 0 &&
    message.height <= MAX_HEIGHT
  );
}

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

export function ampResizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** pym.js gives its child an id in the iframe URL; read it once, before the app rewrites the URL. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

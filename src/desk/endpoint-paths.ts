// The names the desk and the dev server's endpoint (scripts/desk-endpoint.ts) agree on. No imports:
// vite.config.ts loads the endpoint, and what it loads is kept this small.

export const SESSION_PATH = '/__desk/session';
export const SAVE_PATH = '/__desk/save';
export const TOKEN_HEADER = 'x-desk-token';

/** The largest request the endpoint reads: a report and its claims are a few tens of kilobytes. */
export const MAX_SAVE_BYTES = 2 * 1024 * 1024;

/** The list files a save appends to, relative to the data folder. */
export const PLACES_FILE = 'gazetteer/places.yaml';
export const EVENTS_FILE = 'events/events.yaml';

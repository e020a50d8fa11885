// The desk's side of the dev server's endpoint (scripts/desk-endpoint.ts): the session (token and
// current dataset), and saving. In the static build there is no endpoint; the desk zips its files.

import { deskDatasetSchema, type DeskDataset } from './dataset';
import {
  SAVE_PATH,
  SESSION_PATH,
  sessionSchema,
  TOKEN_HEADER,
  type SaveRequest,
  type SaveResponse,
} from './save-request';

export interface Session {
  token: string;
  dataset: DeskDataset;
}

/** The dev server's session, or null where there is none (the static build, or an old server). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const response = await fetch(SESSION_PATH, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return null;
    const session = sessionSchema.parse(await response.json());
    return { token: session.token, dataset: deskDatasetSchema.parse(session.dataset) };
  } catch {
    return null;
  }
}

export async function saveToDataset(token: string, request: SaveRequest): Promise<SaveResponse> {
  let response: Response;
  try {
    response = await fetch(SAVE_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(request),
    });
  } catch (error) {
    return { ok: false, id: null, problems: [`the dev server did not answer: ${String(error)}`] };
  }
  try {
    return (await response.json()) as SaveResponse;
  } catch {
    return { ok: false, id: null, problems: [`the dev server answered ${response.status} without a result`] };
  }
}

/** The hex SHA-256 of the text's UTF-8 bytes, as the article id's hex part is made. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

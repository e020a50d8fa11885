// Article ids: "<three-digit number>_<first 16 hex digits of the SHA-256 of the text>", as the
// files in data/articles are named. Pure: the caller hashes the text (node:crypto or Web Crypto).

const ID = /^(\d{3})_[0-9a-f]{16}$/u;

/** The number after the highest among `existingIds` ("000" when there are none). */
export function nextArticleNumber(existingIds: readonly string[]): number {
  let highest = -1;
  for (const id of existingIds) {
    const m = ID.exec(id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1;
}

/**
 * The id for a new report. `sha256Hex` is the hex SHA-256 digest of the report's text; `number`,
 * when given, is used instead of the next free one. Throws on a digest that is not hex, on a
 * number outside 0..999, and on an id already taken.
 */
export function articleId(sha256Hex: string, existingIds: readonly string[], number?: number): string {
  const digest = sha256Hex.toLowerCase();
  if (!/^[0-9a-f]{64}$/u.test(digest)) throw new Error('the SHA-256 digest must be 64 hex digits');
  const n = number ?? nextArticleNumber(existingIds);
  if (!Number.isInteger(n) || n < 0 || n > 999)
    throw new Error(`the article number must be 0..999, got ${n}`);
  const id = `${String(n).padStart(3, '0')}_${digest.slice(0, 16)}`;
  if (existingIds.includes(id)) throw new Error(`the article id ${id} is already taken`);
  const sameText = existingIds.find((existing) => existing.endsWith(`_${digest.slice(0, 16)}`));
  if (sameText) throw new Error(`this text is already article ${sameText}`);
  return id;
}

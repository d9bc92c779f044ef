/**
 * A relationship id as a short token for the URL: 30 bits of its FNV-1a hash in 5 base64url
 * characters. A link only has to tell a relationship from the others among the same nodes
 * (hundreds at most), so a collision is about one in a million per pair; the ids themselves
 * (`said:pete-hegseth>russia:3f2a…`) would make a link thousands of characters long.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const TOKEN_LENGTH = 5;

export function relToken(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < TOKEN_LENGTH; i++) {
    out += ALPHABET[h & 63];
    h >>>= 6;
  }
  return out;
}

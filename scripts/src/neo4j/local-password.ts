/**
 * The local Neo4j's password: generated on first start and kept in `<data dir>/neo4j-password`
 * (mode 600, git-ignored with the rest of .neo4j/), so the server, the ingest CLI and the tests
 * read the same secret the launcher set, and nothing secret lives in the repository.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const LOCAL_USER = 'neo4j';
const FILE_NAME = 'neo4j-password';

export const passwordFile = (dataDir: string): string => path.join(dataDir, FILE_NAME);

/** The password stored beside the data, created (24 random characters) when there is none. */
export function localPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two processes starting at once must not each write their own password.
    fs.writeFileSync(file, `${crypto.randomBytes(18).toString('base64url')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  fs.chmodSync(file, 0o600); // also tightens a file someone copied in with looser rights
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) {
    throw new Error(
      `${file} holds a password shorter than 8 characters; delete it to get a new one`,
    );
  }
  return password;
}

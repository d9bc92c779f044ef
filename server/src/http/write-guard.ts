/**
 * The gate in front of every endpoint that writes (adding an article, merging entities).
 * Writes change seeds/ and the graph, so they are allowed only when the operator asked for
 * them: by default on a server bound to a loopback address (the local `npm start`), and
 * anywhere else only with INTAKE_TOKEN set and sent as a bearer token. On the tokenless
 * loopback server, the Host header must name the loopback (a page on another site that
 * rebinds its DNS name to 127.0.0.1 sends its own name and is refused).
 */
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { DomainError } from '../contracts/errors';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export const isLoopback = (host: string) => LOOPBACK.has(host) || host.startsWith('127.');

/** The host name of a Host header (`[::1]:8080` -> `[::1]`, `localhost:80` -> `localhost`). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(header.trim().toLowerCase());
  return m ? m[1]! : '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Why writes are off, or null when they are on (for the health of the explorer's UI too). */
export function writesOff(config: Config): string | null {
  if (config.INTAKE_WRITES === 'off')
    return 'Writes are disabled on this server (INTAKE_WRITES=off).';
  if (!config.INTAKE_TOKEN && !isLoopback(config.HOST)) {
    return `Writes are disabled: the server listens on ${config.HOST}, so set INTAKE_TOKEN and send it as a bearer token.`;
  }
  return null;
}

export function requireWrites(config: Config): RequestHandler {
  return (req, _res, next) => {
    const off = writesOff(config);
    if (off) throw new DomainError('writes_disabled', off);
    if (config.INTAKE_TOKEN) {
      const auth = req.headers.authorization ?? '';
      const m = /^Bearer (\S+)$/.exec(auth);
      if (!m || !sameSecret(m[1]!, config.INTAKE_TOKEN)) {
        throw new DomainError(
          'unauthorized',
          'This write needs the intake token: send Authorization: Bearer <INTAKE_TOKEN>.',
        );
      }
    } else if (!isLoopback(hostName(req.headers.host))) {
      throw new DomainError(
        'bad_host',
        `Writes on this server are accepted for localhost only, not for Host ${JSON.stringify(req.headers.host ?? '')}.`,
      );
    }
    next();
  };
}

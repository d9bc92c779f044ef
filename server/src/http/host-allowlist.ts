/**
 * DNS rebinding guard: a page on evil.example can make its own name resolve to 127.0.0.1 and
 * then read this API as "same origin". The browser still sends `Host: evil.example`, so only
 * requests naming a host we serve under are answered.
 */
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { DomainError } from '../contracts/errors';

/** ALLOWED_HOSTS, or localhost, the loopback addresses and the configured HOST. */
export function allowedHosts(config: Pick<Config, 'ALLOWED_HOSTS' | 'HOST'>): Set<string> {
  if (config.ALLOWED_HOSTS) return new Set(config.ALLOWED_HOSTS.map((h) => h.toLowerCase()));
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (config.HOST !== '0.0.0.0' && config.HOST !== '::') hosts.add(config.HOST.toLowerCase());
  return hosts;
}

/** `example.org:8080` -> `example.org`, `[::1]:80` -> `[::1]`. */
const hostname = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

export function hostAllowlist(config: Pick<Config, 'ALLOWED_HOSTS' | 'HOST'>): RequestHandler {
  const allowed = allowedHosts(config);
  if (allowed.has('*')) return (_req, _res, next) => next();
  return (req, _res, next) => {
    const host = req.headers.host;
    if (host && allowed.has(hostname(host))) return next();
    next(
      new DomainError(
        'host_not_allowed',
        `This server does not answer for host ${JSON.stringify(host ?? '')}; add it to ALLOWED_HOSTS.`,
      ),
    );
  };
}

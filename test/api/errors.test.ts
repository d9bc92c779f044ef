/** The error vocabulary: closed codes with one status each, causes kept, one path format. */
import { z } from 'zod';
import { Neo4jError } from 'neo4j-driver';
import {
  DomainError,
  ERROR_STATUS,
  ErrorBody,
  ErrorCode,
  fieldIssues,
  formatPath,
} from '@kg/server/contracts';
import { toDomainError } from '../../server/src/http/errors';
import { validate } from '../../server/src/http/validate';
import { loadConfig, ConfigError } from '@kg/server';

describe('the error vocabulary', () => {
  it('gives every code an HTTP error status, and refuses codes outside it', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect({ code, status: status >= 400 && status < 600 }).toEqual({ code, status: true });
    }
    expect(ErrorCode.safeParse('not_found').success).toBe(true);
    expect(ErrorCode.safeParse('teapot').success).toBe(false);
    expect(ErrorBody.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(false);
  });

  it('takes the status from the table and keeps the cause', () => {
    const cause = new Error('socket closed');
    const err = new DomainError('search_unavailable', 'no index', { cause });
    expect([err.status, err.cause]).toEqual([503, cause]);
    expect(new DomainError('not_found', 'x').cause).toBeUndefined();
  });

  it('turns what escapes the data layer into domain errors, keeping the cause', () => {
    const down = new Neo4jError('gone', 'ServiceUnavailable', '', '');
    expect(toDomainError(down)).toMatchObject({ code: 'neo4j_unavailable', cause: down });
    const bug = new TypeError('x is undefined');
    expect(toDomainError(bug)).toMatchObject({ code: 'internal', status: 500, cause: bug });
    const tooBig = Object.assign(new Error('too large'), { type: 'entity.too.large' });
    expect(toDomainError(tooBig).status).toBe(413);
  });
});

describe('validation paths', () => {
  it('are written one way: dots for keys, brackets for list items', () => {
    expect(formatPath(['relationships', 3, 'quote'])).toBe('relationships[3].quote');
    expect(formatPath(['query', 'types', 1])).toBe('query.types[1]');
    expect(formatPath([])).toBe('');
  });

  it('name the field of a request in that format, in the message and the details', () => {
    const schema = z.object({ params: z.array(z.number()) });
    let thrown: unknown;
    try {
      validate(schema, { params: [1, 'two'] }, 'body');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('Invalid body.params[1]:'),
      details: [{ field: 'body.params[1]', message: expect.any(String) }],
    });
    const parsed = schema.safeParse({ params: 'x' });
    expect(fieldIssues(parsed.error!).map((i) => i.field)).toEqual(['params']);
  });

  it('name the variable of a bad configuration, as a config_invalid domain error', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'x' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'config_invalid', details: [{ field: 'PORT' }] });
  });
});

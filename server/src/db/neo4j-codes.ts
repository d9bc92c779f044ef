/**
 * Neo4j status codes the server branches on, named once. The data layer (the console's own
 * answers) and the HTTP edge (every other route) both read them; codes, never message text.
 */

/** A transaction stopped at its time limit. */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** A query refused for needing more memory than one transaction may use. */
export const MEMORY_REFUSED = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** The shared contracts: imported by the server, the client and the scripts alike. */
export * from './errors';
export * from './model';
export * from './seed';
export * from './stored';
export * from './config';
export * from './api';
export * from './draft';
export * from './intake';

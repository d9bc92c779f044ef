// The package ships its types at src/codemirror.d.ts but its "exports" map does not point
// TypeScript there; this re-export does.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}

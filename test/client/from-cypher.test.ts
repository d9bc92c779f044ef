/** Cypher console results become canvas nodes and relationships, with evidence rebuilt. */
import { fromCypherGraph } from '../../client/src/graph/from-cypher';

describe('fromCypherGraph', () => {
  it('maps nodes with an id and a known label, and relationships between them', () => {
    const g = fromCypherGraph({
      nodes: [
        {
          elementId: '4:x:1',
          labels: ['Entity', 'Person'],
          properties: { id: 'steve-witkoff', name: 'Steve Witkoff', role: 'envoy' },
        },
        {
          elementId: '4:x:2',
          labels: ['Entity', 'Country'],
          properties: { id: 'iran', name: 'Iran' },
        },
        { elementId: '4:x:3', labels: ['IngestRun'], properties: { id: 'run' } },
      ],
      edges: [
        {
          elementId: '5:x:1',
          type: 'SAID',
          startElementId: '4:x:1',
          endElementId: '4:x:2',
          properties: {
            id: 'r1',
            quote: 'Let’s hope they are not',
            date: '2026-03-11',
            sources: ['art'],
            evidence: ['He said so.'],
            evidenceArticles: ['art'],
            evidenceStarts: [10],
            evidenceEnds: [21],
          },
        },
        {
          elementId: '5:x:2',
          type: 'SAID',
          startElementId: '4:x:1',
          endElementId: '4:x:3',
          properties: { id: 'r2' },
        },
        {
          elementId: '5:x:3',
          type: 'NOT_A_TYPE',
          startElementId: '4:x:1',
          endElementId: '4:x:2',
          properties: { id: 'r3' },
        },
      ],
    });
    expect(g.nodes.map((n) => n.id)).toEqual(['steve-witkoff', 'iran']);
    expect(g.nodes[0]).toMatchObject({ label: 'Person', role: 'envoy' });
    expect(g.edges).toEqual([
      {
        id: 'r1',
        type: 'SAID',
        source: 'steve-witkoff',
        target: 'iran',
        quote: 'Let’s hope they are not',
        date: '2026-03-11',
        sources: ['art'],
        evidence: [{ articleId: 'art', text: 'He said so.', start: 10, end: 21 }],
      },
    ]);
  });
});

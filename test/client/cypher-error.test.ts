/** The console's syntax caret stands under the column Neo4j names, on the query's own line. */
import { syntaxCaret } from '../../client/src/panels/cypher-error';

const MESSAGE =
  "Invalid input 'RETRUN': expected 'RETURN' or <EOF> (line 2, column 3 (offset: 20))\n\"  RETRUN n\"\n   ^";

describe('syntaxCaret', () => {
  it('puts the caret under the named column of the named line, without Neo4j’s own copy', () => {
    const c = syntaxCaret(MESSAGE, 'MATCH (n)\n  RETRUN n')!;
    expect(c.message).toBe(
      "Invalid input 'RETRUN': expected 'RETURN' or <EOF> (line 2, column 3 (offset: 20))",
    );
    expect(c.line).toBe('  RETRUN n');
    expect(c.caret).toBe('  ^');
    expect(c.line.slice(c.caret.indexOf('^'))).toMatch(/^RETRUN/);
  });

  it('counts a tab as one column and answers null without a position', () => {
    const c = syntaxCaret("Invalid input 'X' (line 1, column 2 (offset: 1))", '\tX')!;
    expect(c.line.charAt(c.caret.indexOf('^'))).toBe('X');
    expect(syntaxCaret('Something else went wrong', 'MATCH (n) RETURN n')).toBeNull();
    expect(syntaxCaret('bad (line 9, column 1 (offset: 0))', 'one line')).toBeNull();
  });
});

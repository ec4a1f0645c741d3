import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from './curl';

describe('curl', () => {
  it('posts the query and variables as JSON', () => {
    expect(curlCommand('http://localhost:8080', '{ a }', { x: 1 })).toBe(
      `curl -X POST http://localhost:8080/graphql -H 'Content-Type: application/json' -d '{"query":"{ a }","variables":{"x":1}}'`,
    );
  });

  it("quotes single quotes for the shell", () => {
    expect(shellQuote("Putin's")).toBe(`'Putin'\\''s'`);
    const cmd = curlCommand('http://h', 'q', { name: "O'Brien" });
    expect(cmd).toContain(`"O'\\''Brien"`);
  });
});

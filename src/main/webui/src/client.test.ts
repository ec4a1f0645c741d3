import { afterEach, describe, expect, it, vi } from 'vitest';
import { getWithoutOperationName, webSocketUrl } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('client', () => {
  it('subscribes on the page’s own host, wss for https', () => {
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/graphql');
    expect(webSocketUrl({ protocol: 'https:', host: 'news.example' })).toBe('wss://news.example/graphql');
  });

  it('drops operationName from GET queries only', async () => {
    const seen: Array<[string, RequestInit | undefined]> = [];
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      seen.push([input, init]);
      return Promise.resolve(new Response('{}'));
    });
    await getWithoutOperationName('/graphql?query=query+A+%7B+a+%7D&operationName=A&variables=%7B%7D', { method: 'GET' });
    await getWithoutOperationName('/graphql', { method: 'POST', body: '{"operationName":"A"}' });
    expect(seen[0][0]).toBe('/graphql?query=query+A+%7B+a+%7D&variables=%7B%7D');
    expect(seen[1][0]).toBe('/graphql');
    expect(seen[1][1]?.body).toBe('{"operationName":"A"}');
  });
});

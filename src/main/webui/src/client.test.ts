import { describe, expect, it } from 'vitest';
import { webSocketUrl } from './client';

describe('client', () => {
  it('subscribes on the page’s own host, wss for https', () => {
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/graphql');
    expect(webSocketUrl({ protocol: 'https:', host: 'news.example' })).toBe('wss://news.example/graphql');
  });
});

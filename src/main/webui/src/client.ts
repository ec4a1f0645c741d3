import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

/** ws:// or wss:// of the page's own host: subscriptions share the /graphql path with queries. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'closed';

const listeners = new Set<(state: ConnectionState) => void>();
let connectionState: ConnectionState = 'idle';

function setConnectionState(state: ConnectionState) {
  connectionState = state;
  listeners.forEach((l) => l(state));
}

/** The subscription socket's state, for the live feed's status line. */
export function onConnectionState(listener: (state: ConnectionState) => void): () => void {
  listeners.add(listener);
  listener(connectionState);
  return () => listeners.delete(listener);
}

let ws: WsClient | null = null;

/** The graphql-transport-ws client, made on first use; it connects only while a subscription runs. */
function webSocketClient(): WsClient {
  if (!ws) {
    ws = createWsClient({
      url: webSocketUrl(),
      lazy: true,
      // keep trying while the service restarts, waiting longer after each failed try, at most 30 s
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000)),
      on: {
        connecting: () => setConnectionState('connecting'),
        connected: () => setConnectionState('connected'),
        closed: () => setConnectionState('closed'),
      },
    });
  }
  return ws;
}

/**
 * One client for the app. Queries go as GET while they fit in a URL (urql's 'within-url-limit', the
 * default, said out loud) and as POST beyond; mutations always go as POST, which the service requires
 * (a mutation as GET is refused with 405). Subscriptions go over the WebSocket.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: 'within-url-limit',
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' };
        return {
          subscribe(sink) {
            const unsubscribe = webSocketClient().subscribe(input, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});

/**
 * A client without the document cache, for requests whose text is shown to the user (the mission form):
 * the cache adds __typename to every selection, this one sends the query exactly as written.
 */
export const plainClient = new Client({
  url: '/graphql',
  preferGetMethod: 'within-url-limit',
  exchanges: [fetchExchange],
});

/**
 * The editor's token, kept for this browser tab only (sessionStorage): gone when the tab closes, never
 * sent with reads (a token that does not verify would make the service refuse those too), only with
 * the editor's mutations.
 */
const KEY = 'newsgraph.token';

export function getToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the token then lives only in the form field
  }
}

/** urql operation context that sends the token: for mutations. */
export function authContext(token = getToken()) {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return {
    fetchOptions: { headers },
    requestPolicy: 'network-only' as const,
  };
}

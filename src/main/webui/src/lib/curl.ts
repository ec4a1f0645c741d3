/** A shell command that sends the same GraphQL request: for "Copy as curl". */

/** Quotes a string for a POSIX shell: single quotes, with each ' written as '\''. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(
  origin: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): string {
  const body = JSON.stringify({ query, variables });
  const auth = token ? ` -H ${shellQuote(`Authorization: Bearer ${token}`)}` : '';
  return `curl -X POST ${origin}/graphql -H 'Content-Type: application/json'${auth} -d ${shellQuote(body)}`;
}

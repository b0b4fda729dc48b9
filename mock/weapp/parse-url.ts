/**
 * URL parsing by hand: the weapp runtime has no `URL` or `URLSearchParams`. Accepts
 * `/api/v1/x?a=1`, `api/v1/x` and absolute `https://host:3100/api/v1/x?a=1#frag`.
 */
export function parseRequestUrl(url: string): { path: string; query: Record<string, string> } {
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
  const [beforeHash] = withoutOrigin.split('#')
  const queryStart = beforeHash.indexOf('?')
  const rawPath = queryStart === -1 ? beforeHash : beforeHash.slice(0, queryStart)
  const rawQuery = queryStart === -1 ? '' : beforeHash.slice(queryStart + 1)
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  return { path, query: parseQueryString(rawQuery) }
}

export function parseQueryString(raw: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of raw.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq))
    query[key] = decodeComponent(eq === -1 ? '' : pair.slice(eq + 1))
  }
  return query
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A stray `%` would throw; the raw text is the most honest value to route on.
    return spaced
  }
}

/** `/rights/:id/claim` against `/rights/r-1/claim` → `{ id: 'r-1' }`; null when it does not fit. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      const value = safeDecode(got[i])
      if (value === null) return null
      params[want[i].slice(1)] = value
    } else if (want[i] !== got[i]) {
      return null
    }
  }
  return params
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

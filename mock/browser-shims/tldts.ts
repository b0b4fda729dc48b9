/**
 * msw's cookie jar (tough-cookie) asks tldts for a cookie's registrable domain. The fake backend
 * sets no cookies, so the last two labels are answer enough, and the H5 mock chunk loses the
 * 120 KB public-suffix list that would otherwise load before the first screen has its data.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname) return null
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname
  const labels = hostname.split('.').filter(Boolean)
  return labels.length <= 2 ? labels.join('.') : labels.slice(-2).join('.')
}

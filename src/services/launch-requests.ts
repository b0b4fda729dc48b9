/**
 * H5 member builds: index.html sends the first screen's GETs (the member, growth and levels) the
 * moment the page opens, while app.js still downloads and runs (config/launch-requests.ts writes
 * that script). The app's own request for the same thing takes that answer instead of asking
 * again: same method, URL and headers (so the same token), once, and only while fresh.
 */
export interface LaunchRequest {
  url: string
  header: Record<string, string>
  /** When it left (epoch ms): the server clock's bounds are measured from here. */
  sentAt: number
  response: Promise<Response>
}

/** The global index.html fills (an array of LaunchRequest). */
export const LAUNCH_REQUESTS = '__launchRequests'

// As the launch prefetch (features/growth/launch-prefetch): an older answer is not the launch's.
const FRESH_MS = 10_000

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k])
}

/** The launch's answer to this request, if it sent one: taken out, so it is used only once. */
export function takeLaunchRequest(method: string, url: string, header: Record<string, string>, now = Date.now()): LaunchRequest | null {
  if (method !== 'GET') return null
  const sent = (globalThis as Record<string, unknown>)[LAUNCH_REQUESTS]
  if (!Array.isArray(sent)) return null
  const list = sent as LaunchRequest[]
  const i = list.findIndex((r) => r.url === url && sameHeaders(r.header, header) && now - r.sentAt < FRESH_MS)
  return i < 0 ? null : list.splice(i, 1)[0]
}

import type { LoggedRequest } from './request-log'

// Only the tester console's request log view copies entries, so this rides in its subpackage,
// apart from the log itself, which listens from launch (main package).

/** Where `npm run mock:server` listens unless MOCK_PORT says otherwise. */
export const MOCK_SERVER_PORT = 3100

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

/** The counter's calls, which act for a store's staff token, not a member. */
const STAFF_PATH = /^\/api\/v1\/(redemptions|staff\/)/

/**
 * The same request against the HTTP fake backend (`npm run mock:server`), persona and scenario
 * headers included, so a colleague replays it from a terminal. The member's token belongs to
 * this phone's backend and is a secret: the copy names the member as `X-Persona` instead. A
 * staff call keeps `Authorization` with `$STAFF_TOKEN`, for a token from `POST /auth/staff`
 * (PIN 2468) on that server.
 */
export function toCurl(entry: LoggedRequest, serverBase: string): string {
  const parts = ['curl', '-i']
  if (entry.method !== 'GET') parts.push('-X', entry.method)
  parts.push(shellQuote(`${serverBase}${entry.path}`))
  const staff = STAFF_PATH.test(entry.path)
  for (const [name, value] of Object.entries(entry.header)) {
    const lower = name.toLowerCase()
    if (entry.method === 'GET' && lower === 'content-type') continue
    if (lower === 'x-persona') continue
    if (lower === 'authorization') {
      // Double quotes for the variable only; everything else stays single-quoted.
      if (staff) parts.push('-H', `"${name}: Bearer $STAFF_TOKEN"`)
      continue
    }
    parts.push('-H', shellQuote(`${name}: ${value}`))
  }
  if (entry.persona && !staff) parts.push('-H', shellQuote(`X-Persona: ${entry.persona}`))
  if (entry.body !== undefined && entry.method !== 'GET') parts.push('--data', shellQuote(JSON.stringify(entry.body)))
  return parts.join(' ')
}

/** The HTTP mock on the host that served this H5 page (a phone on the LAN), else this machine. */
export function mockServerBase(): string {
  // The weapp's `window` is Taro's stand-in, whose location is not a real host.
  const h5Host = process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' ? window.location?.hostname : ''
  const host = h5Host || '127.0.0.1'
  return `http://${host.includes(':') ? `[${host}]` : host}:${MOCK_SERVER_PORT}`
}

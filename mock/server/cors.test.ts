// CORS and Date over real HTTP: the member H5 build and the counter build, served from another
// loopback port, call the fake backend as they would a real API (API-CONTRACT part 2).
import { startMockServer, type RunningMockServer } from './start-mock-server'

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

const preflight = (origin: string, headers: string) =>
  fetch(`${running.url}/api/v1/redemptions`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
  })

const listed = (value: string | null) => (value ?? '').split(',').map((h) => h.trim().toLowerCase())

describe('CORS on the HTTP fake backend', () => {
  it.each(['http://127.0.0.1:10086', 'http://localhost:5173', 'http://[::1]:8080', 'https://127.0.0.2'])(
    'lets the loopback origin %s send every header the app and testers use',
    async (origin) => {
      const res = await preflight(origin, 'authorization, idempotency-key, x-persona, x-mock-scenario, content-type')
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(listed(res.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining(['authorization', 'idempotency-key', 'x-persona', 'x-mock-scenario', 'content-type']),
      )
      expect(listed(res.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'patch']))
      expect(res.headers.get('vary')).toContain('Origin')
    },
  )

  it.each(['https://evil.example.com', 'http://127.0.0.1.evil.example', 'http://localhost.example:80', 'null'])(
    'gives the origin %s no Access-Control-Allow-Origin, so its browser refuses the answer',
    async (origin) => {
      const res = await preflight(origin, 'content-type')
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      const get = await fetch(`${running.url}/api/v1/levels`, { headers: { Origin: origin } })
      expect(get.headers.get('access-control-allow-origin')).toBeNull()
    },
  )

  it('exposes Date (and Age, which a CDN adds) to a cross-origin page on an ordinary answer and on an error', async () => {
    const origin = 'http://127.0.0.1:4000'
    for (const path of ['/api/v1/levels', '/api/v1/coupons/nope']) {
      const res = await fetch(`${running.url}${path}`, { headers: { Origin: origin } })
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(listed(res.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(['date', 'age']))
    }
  })
})

describe('Date header', () => {
  it('is on every answer, preflight and error included, and says the backend’s time', async () => {
    const before = Date.now()
    const answers = await Promise.all([
      fetch(`${running.url}/api/v1/me`),
      fetch(`${running.url}/api/v1/nowhere`),
      fetch(`${running.url}/api/v1/me`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:1' } }),
    ])
    for (const res of answers) {
      const date = Date.parse(res.headers.get('date') ?? '')
      expect(date).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
      expect(date).toBeLessThanOrEqual(Date.now())
    }
  })

  it('follows the backend’s clock when a tester moves it', async () => {
    const moved = await fetch(`${running.url}/api/v1/mock/clock`, { method: 'POST', body: JSON.stringify({ now: '2031-05-04T03:02:01Z' }) })
    expect(moved.status).toBe(200)
    const res = await fetch(`${running.url}/api/v1/levels`)
    expect(Math.abs(Date.parse(res.headers.get('date') ?? '') - Date.parse('2031-05-04T03:02:01Z'))).toBeLessThan(5_000)
    await fetch(`${running.url}/api/v1/mock/clock`, { method: 'POST', body: JSON.stringify({ now: null }) })
  })
})

describe('default persona', () => {
  it('serves requests that name no persona as the one the server was started with', async () => {
    const other = await startMockServer({ port: 0, persona: 'first-buyer' })
    try {
      const plain = await (await fetch(`${other.url}/api/v1/me`)).json()
      const named = await (await fetch(`${other.url}/api/v1/me`, { headers: { 'X-Persona': 'cocreator' } })).json()
      expect([plain.member.levelCode, named.member.levelCode]).toEqual(['experiencer', 'cocreator'])
    } finally {
      await other.close()
    }
  })
})

import { request } from 'node:http'
import { startMockServer, type RunningMockServer } from './start-mock-server'

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

describe('startMockServer', () => {
  it('passes Authorization through (staff sign-in, then a staff-only redemption) and dates every answer by the backend clock', async () => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${running.url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const signIn = await post('/auth/staff', { storeId: 's-jingan', pin: '2468' })
    expect(signIn.status).toBe(200)
    const { token } = (await signIn.json()) as { token: string }
    const body = { code: '4000000000000002', storeId: 's-jingan', idempotencyKey: 'http-staff-0001' }
    expect((await post('/redemptions', body)).status).toBe(401)
    const res = await post('/redemptions', body, { Authorization: `Bearer ${token}` })
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([404, 'CODE_UNKNOWN'])
    running.backend.clock.setNow(Date.parse('2030-01-02T03:04:05Z'))
    const dated = await fetch(`${running.url}/api/v1/stores`)
    running.backend.clock.setNow(null)
    expect(dated.headers.get('date')).toBe('Wed, 02 Jan 2030 03:04:05 GMT')
  })

  it('holds a timed-out request open until the client gives up, and changes nothing', async () => {
    const started = Date.now()
    const claim = fetch(`${running.url}/api/v1/coupon-templates/ct-any/claim`, {
      method: 'POST',
      headers: { 'X-Persona': 'newcomer~7', 'X-Mock-Scenario': 'timeout@/coupon-templates', 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(400),
    })
    await expect(claim).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(350)
    const down = await fetch(`${running.url}/api/v1/coupons`, { headers: { 'X-Mock-Scenario': 'flaky@/me,down@/coupons' } })
    expect([down.status, down.headers.get('x-mock-applied')]).toEqual([503, 'down@/coupons'])
    expect(running.backend.knownMemberKeys()).not.toContain('newcomer~7')
  })

  it('listens on 127.0.0.1 and serves the contract', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const res = await fetch(`${running.url}/api/v1/me`, { headers: { 'X-Persona': 'first-buyer' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(res.headers.get('access-control-allow-origin')).toBeNull() // no Origin, no CORS needed
    expect(await res.json()).toMatchObject({ member: { levelCode: 'experiencer', phoneMasked: '136****2087' } })
  })

  it('answers a CORS preflight with 204 and the custom headers allowed', async () => {
    const res = await fetch(`${running.url}/api/v1/mock/events`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:10086', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-persona, x-mock-scenario, content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    expect(res.headers.get('access-control-allow-headers')).toContain('x-persona')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('answers invalid JSON with 400 and an oversized body with 413', async () => {
    const bad = await fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', body: '{"type":' })
    expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'BAD_REQUEST'])
    const huge = await fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', body: `"${'x'.repeat(1_100_000)}"` })
    expect([huge.status, (await huge.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE'])
  })

  it('keeps state between requests and isolates members', async () => {
    const post = (persona: string) =>
      fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', headers: { 'X-Persona': persona }, body: JSON.stringify({ type: 'share', count: 3 }) })
    await post('cocreator~5')
    const after = await (await fetch(`${running.url}/api/v1/me/growth`, { headers: { 'X-Persona': 'cocreator~5' } })).json()
    const other = await (await fetch(`${running.url}/api/v1/me/growth`, { headers: { 'X-Persona': 'cocreator~6' } })).json()
    expect([after.totals.shares, other.totals.shares]).toEqual([31, 28])
  })

  it('answers every method it does not know with a JSON error, never a dropped socket', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${running.url}/api/v1/me/growth`, { method: 'PATCH' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{}')
    })
    expect(status).toBe(405)
  })
})

describe('Idempotency-Key over HTTP', () => {
  it('replays the first claim with its status and claims once', async () => {
    const claim = (body?: string) =>
      fetch(`${running.url}/api/v1/coupon-templates/tpl-flash-10/claim`, {
        method: 'POST',
        headers: { 'X-Persona': 'active~41', 'Idempotency-Key': 'http-claim-1', 'content-type': 'application/json' },
        body,
      })
    const first = await claim()
    const again = await claim()
    expect([first.status, again.status]).toEqual([201, 201])
    expect(await again.json()).toEqual(await first.json())
    const wallet = await (await fetch(`${running.url}/api/v1/coupons`, { headers: { 'X-Persona': 'active~41' } })).json()
    expect(wallet.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-flash-10')).toHaveLength(1)
    const other = await claim('{"note":"different"}')
    expect(other.status).toBe(422)
  })
})

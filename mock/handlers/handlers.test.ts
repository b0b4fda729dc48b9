import { server } from '../node'
import { getMockBackend, resetMockBackend } from '.'

const api = (path: string, init: RequestInit = {}) => fetch(`http://localhost/api/v1${path}`, init)
const json = { 'content-type': 'application/json' }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  resetMockBackend()
})
afterAll(() => server.close())

describe('msw handlers', () => {
  it('passes Authorization through to the staff-only redemption and dates answers by the backend clock', async () => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      api(path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })
    const { token } = (await (await post('/auth/staff', { storeId: 's-hubin', pin: '2468' })).json()) as { token: string }
    const body = { code: '4000000000000002', storeId: 's-jingan', idempotencyKey: 'msw-staff-0001' }
    expect((await post('/redemptions', body)).status).toBe(401)
    expect((await post('/redemptions', body, { Authorization: `Bearer ${token}` })).status).toBe(403)
    getMockBackend().clock.setNow(Date.parse('2030-01-02T03:04:05Z'))
    expect((await api('/stores')).headers.get('date')).toBe('Wed, 02 Jan 2030 03:04:05 GMT')
  })

  it('serves the default persona through fetch', async () => {
    const res = await api('/me/growth')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ levelCode: 'engager', totals: { spendFen: 735_000 } })
  })

  it('passes persona headers, query strings and JSON bodies through', async () => {
    const posted = await api('/mock/events', {
      method: 'POST',
      headers: { ...json, 'X-Persona': 'newcomer~9' },
      body: JSON.stringify({ type: 'purchase', amountFen: 100 }),
    })
    expect(await posted.json()).toMatchObject({ levelCode: 'experiencer' })
    const page = await api('/me/growth/events?limit=1', { headers: { 'X-Persona': 'newcomer~9' } })
    expect(await page.json()).toMatchObject({ events: [{ type: 'purchase', amountFen: 100 }] })
  })

  it('answers invalid JSON with 400 and unknown routes with 404', async () => {
    const bad = await api('/mock/events', { method: 'POST', headers: json, body: '{nope' })
    expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'BAD_REQUEST'])
    const missing = await api('/nothing-here')
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, 'NOT_FOUND'])
  })

  it('serves scenarios: down is 503, control still works', async () => {
    const down = await api('/me', { headers: { 'X-Mock-Scenario': 'down' } })
    expect(down.status).toBe(503)
    const clock = await api('/mock/clock', { headers: { 'X-Mock-Scenario': 'down' } })
    expect(clock.status).toBe(200)
  })

  it('waits for the slow scenario', async () => {
    const started = Date.now()
    const res = await api('/levels', { headers: { 'X-Mock-Scenario': 'slow' } })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000)
  }, 10_000)

  it('resetMockBackend starts each test clean', async () => {
    await api('/mock/clock', { method: 'POST', headers: json, body: JSON.stringify({ now: '2031-01-01T00:00:00Z' }) })
    expect(getMockBackend().clock.describe().realTime).toBe(false)
    resetMockBackend()
    expect(getMockBackend().clock.describe().realTime).toBe(true)
  })
})

describe('Idempotency-Key through msw', () => {
  it('replays the first claim with its status and claims once', async () => {
    const claim = () =>
      api('/coupon-templates/tpl-flash-10/claim', { method: 'POST', headers: { 'Idempotency-Key': 'msw-claim-1' } })
    const first = await claim()
    const again = await claim()
    expect([first.status, again.status]).toEqual([201, 201])
    expect(await again.json()).toEqual(await first.json())
    const wallet = (await (await api('/coupons')).json()) as { coupons: { templateId: string }[] }
    expect(wallet.coupons.filter((c) => c.templateId === 'tpl-flash-10')).toHaveLength(1)
    const other = await api('/coupon-templates/tpl-flash-10/claim', {
      method: 'POST',
      headers: { ...json, 'Idempotency-Key': 'msw-claim-1' },
      body: JSON.stringify({ note: 'different' }),
    })
    expect([other.status, (await other.json()).error.code]).toEqual([422, 'IDEMPOTENCY_MISMATCH'])
  })

  it('aims a scenario at one path and lets a timeout go as soon as the caller aborts', async () => {
    const down = await api('/coupons', { headers: { 'X-Mock-Scenario': 'down@/coupons' } })
    expect([down.status, down.headers.get('x-mock-applied')]).toEqual([503, 'down@/coupons'])
    expect((await api('/me', { headers: { 'X-Mock-Scenario': 'down@/coupons' } })).status).toBe(200)
    const started = Date.now()
    const held = api('/me', { headers: { 'X-Mock-Scenario': 'timeout@/me' }, signal: AbortSignal.timeout(300) })
    await expect(held).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    // jest's open-handle check would flag a hold timer left behind by the aborted request.
  })
})

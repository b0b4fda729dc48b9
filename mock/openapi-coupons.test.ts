import type { Backend } from './db'
import { PERSONA_IDS } from './personas'
import { startMockServer } from './server/start-mock-server'
import { call, fixedBackend, staffToken } from './test-support/call'
import { createResponseValidator } from './test-support/openapi-validator'

const validate = createResponseValidator()

const PERSONAS = PERSONA_IDS.flatMap((id) => [id, `${id}~2`])
const STATUSES = ['available', 'used', 'expired'] as const
/** Enough of every dimension to reach the top level a member can reach without an invitation. */
const LEVEL_UP = [
  { type: 'purchase', amountFen: 800_000 },
  { type: 'interaction', count: 80 },
  { type: 'share', count: 20 },
]
/** Well formed (Luhn) but never issued. */
const NEVER_ISSUED = '4539578763621486'

interface CouponBody {
  id: string
  status: string
  validFrom: string
  validUntil: string
  usedAt?: string
  storeIds: string[]
}
interface TemplateBody {
  id: string
  claimable: boolean
  reason?: string
}
// Bodies are checked against openapi.yaml before they are read, so `any` is honest here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; body: any }
type Options = { persona?: string; scenario?: string; body?: unknown; token?: string }
type Send = (method: 'GET' | 'POST', path: string, options?: Options) => Promise<Answer>

const inProcess =
  (backend: Backend): Send =>
  async (method, path, options = {}) =>
    call(backend, `${method} ${path}`, options)

const overHttp =
  (url: string): Send =>
  async (method, path, options = {}) => {
    const headers: Record<string, string> = {}
    if (options.persona !== undefined) headers['X-Persona'] = options.persona
    if (options.scenario !== undefined) headers['X-Mock-Scenario'] = options.scenario
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`
    const body = options.body === undefined ? undefined : JSON.stringify(options.body)
    const res = await fetch(`${url}/api/v1${path}`, { method, headers, body })
    return { status: res.status, body: await res.json() }
  }

/** The openapi.yaml path a concrete request answers under. */
function contractPath(path: string): string {
  return path
    .split('?')[0]
    .replace(/^\/coupons\/[^/]+/, '/coupons/{id}')
    .replace(/^\/coupon-templates\/[^/]+\/claim$/, '/coupon-templates/{id}/claim')
}

/** Expected status, or status and error code. */
type Expect = number | readonly [number, string]

function requester(send: Send, persona: string | undefined) {
  return async (method: 'GET' | 'POST', path: string, expected: Expect, body?: unknown, as: string | undefined = persona, token?: string): Promise<Answer> => {
    const res = await send(method, path, { persona: as, body, token })
    const [status, code] = typeof expected === 'number' ? [expected, undefined] : expected
    expect({
      request: `${method} ${path} as ${as ?? '(nobody)'}`,
      status: res.status,
      code: res.body?.error?.code,
      errors: validate(contractPath(path), method, res.status, res.body),
    }).toEqual({ request: `${method} ${path} as ${as ?? '(nobody)'}`, status, code, errors: [] })
    return res
  }
}

const keyFor = (persona: string, n: number) => `${persona.replace(/~/g, '.')}-key-${n}`
const validAt = (c: CouponBody, at: number) => c.status === 'available' && Date.parse(c.validFrom) <= at && at + 120_000 < Date.parse(c.validUntil)

/**
 * Everything a member and a clerk can do with coupons, each answer checked against openapi.yaml
 * for its path, method and status. Leaves the backend clock where it found it (real time).
 */
async function couponJourney(send: Send, persona: string): Promise<void> {
  const req = requester(send, persona)
  const clock = async () => Date.parse((await req('GET', '/mock/clock', 200)).body.now)
  /** A clerk signs in at a store (tokens last 12 h on the backend clock, so again after moving it). */
  const signIn = async (storeId: string): Promise<string> => (await req('POST', '/auth/staff', 200, { storeId, pin: '2468' }, undefined)).body.token
  const stores: string[] = (await req('GET', '/stores', 200)).body.stores.map((s: { id: string }) => s.id)
  expect(stores.length).toBeGreaterThan(1)

  // The wallet, whole and by status; one coupon alone; unknown ones.
  const wallet: CouponBody[] = (await req('GET', '/coupons', 200)).body.coupons
  const byStatus = []
  for (const status of STATUSES) {
    const coupons: CouponBody[] = (await req('GET', `/coupons?status=${status}`, 200)).body.coupons
    expect(coupons.filter((c) => c.status !== status)).toEqual([])
    byStatus.push(...coupons)
  }
  expect(byStatus.length).toBe(wallet.length)
  await req('GET', '/coupons?status=lost', [400, 'BAD_REQUEST'])
  await req('GET', '/coupons/c-nope', [404, 'NOT_FOUND'])
  expect(wallet.length).toBeGreaterThan(0)
  expect((await req('GET', `/coupons/${wallet[0].id}`, 200)).body.coupon).toEqual(wallet[0])

  // The claim centre: claim every claimable template, be refused every other with its reason.
  const templates: TemplateBody[] = (await req('GET', '/coupon-templates', 200)).body.templates
  const claimable = templates.filter((t) => t.claimable)
  expect(claimable.length).toBeGreaterThan(0)
  expect(templates.some((t) => !t.claimable)).toBe(true)
  for (const t of templates) {
    if (t.claimable) await req('POST', `/coupon-templates/${t.id}/claim`, 201)
    else await req('POST', `/coupon-templates/${t.id}/claim`, [t.reason === 'LEVEL_TOO_LOW' ? 403 : 409, t.reason as string])
  }
  await req('POST', '/coupon-templates/tpl-nope/claim', [404, 'NOT_FOUND'])

  // A code for every coupon: 201 while usable, 409 when used, expired or not started.
  // (Over HTTP the clock runs: read it after the claims, so their coupons have started.)
  const afterClaims = await clock()
  const mine: CouponBody[] = (await req('GET', '/coupons', 200)).body.coupons
  expect(mine.length).toBe(wallet.length + claimable.length)
  for (const c of mine) {
    const usable = c.status === 'available' && Date.parse(c.validFrom) <= afterClaims
    await req('POST', `/coupons/${c.id}/code`, usable ? 201 : [409, 'NOT_AVAILABLE'])
  }

  // The clerk (no persona) redeems one; replays; a second key; the coupon now reads used.
  // Prefer a coupon good in every store, so a store-restricted one is left for the checks below
  // whatever the hour (near the Shanghai midnight a coupon ending today drops out of the choice).
  const valid = mine.filter((c) => validAt(c, afterClaims))
  const target = (valid.find((c) => stores.every((s) => c.storeIds.includes(s))) ?? valid[0]) as CouponBody
  expect(target).toBeDefined()
  const code: string = (await req('POST', `/coupons/${target.id}/code`, 201)).body.code
  const input = { code, storeId: target.storeIds[0], idempotencyKey: keyFor(persona, 1) }
  await req('POST', '/redemptions', [401, 'STAFF_ONLY'], input, undefined)
  const token = await signIn(input.storeId)
  const first = await req('POST', '/redemptions', 201, input, undefined, token)
  expect(first.body.redemption).toMatchObject({ couponId: target.id, storeId: input.storeId })
  expect((await req('POST', '/redemptions', 200, input, undefined, token)).body).toEqual(first.body)
  await req('POST', '/redemptions', [409, 'ALREADY_REDEEMED'], { ...input, idempotencyKey: keyFor(persona, 2) }, undefined, token)
  const used: CouponBody = (await req('GET', `/coupons/${target.id}`, 200)).body.coupon
  expect([used.status, used.usedAt]).toEqual(['used', first.body.redemption.redeemedAt])
  await req('POST', `/coupons/${target.id}/code`, [409, 'NOT_AVAILABLE'])
  await req('POST', '/redemptions', [404, 'CODE_UNKNOWN'], { ...input, code: NEVER_ISSUED, idempotencyKey: keyFor(persona, 3) }, undefined, token)
  await req('POST', '/redemptions', [404, 'CODE_UNKNOWN'], { ...input, code: '1234', idempotencyKey: keyFor(persona, 3) }, undefined, token)
  await req('POST', '/redemptions', [400, 'BAD_REQUEST'], { ...input, storeId: 's-nope', idempotencyKey: keyFor(persona, 3) }, undefined, token)
  await req('POST', '/redemptions', [400, 'BAD_REQUEST'], { code, storeId: input.storeId }, undefined, token)

  // A coupon valid in some stores only; a member who has none levels up and claims one.
  const restrictedIn = (coupons: CouponBody[], at: number) => coupons.find((c) => c.id !== target.id && validAt(c, at) && stores.some((s) => !c.storeIds.includes(s)))
  let restricted = restrictedIn((await req('GET', '/coupons?status=available', 200)).body.coupons, afterClaims)
  if (!restricted) {
    for (const body of LEVEL_UP) await req('POST', '/mock/events', 200, body)
    for (const t of (await req('GET', '/coupon-templates', 200)).body.templates as TemplateBody[]) {
      if (!t.claimable) continue
      const claimed: CouponBody = (await req('POST', `/coupon-templates/${t.id}/claim`, 201)).body.coupon
      restricted = restrictedIn([claimed], await clock())
      if (restricted) break
    }
  }
  if (!restricted) throw new Error(`${persona}: no coupon restricted to some stores`)
  const elsewhere = stores.find((s) => !restricted.storeIds.includes(s)) as string
  const there = restricted.storeIds[0]
  const restrictedCode: string = (await req('POST', `/coupons/${restricted.id}/code`, 201)).body.code
  await req('POST', '/redemptions', [403, 'STORE_MISMATCH'], { code: restrictedCode, storeId: elsewhere, idempotencyKey: keyFor(persona, 4) }, undefined, token)
  await req('POST', '/redemptions', [422, 'WRONG_STORE'], { code: restrictedCode, storeId: elsewhere, idempotencyKey: keyFor(persona, 4) }, undefined, await signIn(elsewhere))
  // Refused means untouched: the coupon is still available, with nothing recorded as used.
  const untouched: CouponBody = (await req('GET', `/coupons/${restricted.id}`, 200)).body.coupon
  expect([untouched.status, untouched.usedAt]).toEqual(['available', undefined])

  // The code dies at expiresAt (backend clock); the coupon at validUntil, whatever its code says.
  await req('POST', '/mock/clock', 200, { now: new Date((await clock()) + 61_000).toISOString() })
  await req('POST', '/redemptions', [410, 'CODE_EXPIRED'], { code: restrictedCode, storeId: there, idempotencyKey: keyFor(persona, 5) }, undefined, await signIn(there))
  // The last code is issued just before the coupon ends: a code is forgotten a day after its own expiry.
  await req('POST', '/mock/clock', 200, { now: new Date(Date.parse(restricted.validUntil) - 30_000).toISOString() })
  const lastCode: string = (await req('POST', `/coupons/${restricted.id}/code`, 201)).body.code
  await req('POST', '/mock/clock', 200, { now: new Date(Date.parse(restricted.validUntil) + 1_000).toISOString() })
  await req('POST', '/redemptions', [409, 'COUPON_EXPIRED'], { code: lastCode, storeId: there, idempotencyKey: keyFor(persona, 6) }, undefined, await signIn(there))
  await req('POST', `/coupons/${restricted.id}/code`, [409, 'NOT_AVAILABLE'])
  expect((await req('GET', `/coupons/${restricted.id}`, 200)).body.coupon.status).toBe('expired')
  await req('POST', '/mock/clock', 200, { now: null })
}

describe('openapi.yaml: coupons, claim centre, codes, redemptions, stores', () => {
  it.each(PERSONAS)('every answer matches its schema for persona %s', async (persona) => {
    await couponJourney(inProcess(fixedBackend()), persona)
  })

  // About 1,500 requests over real HTTP: on the shared 2-core machine this sat near jest's 5 s default.
  it('holds over the real HTTP server, every persona on one shared backend', async () => {
    const running = await startMockServer({ port: 0 })
    try {
      const send = overHttp(running.url)
      for (const persona of PERSONAS) await couponJourney(send, persona)
      const req = requester(send, undefined)
      await req('GET', '/coupons', [400, 'BAD_REQUEST'], undefined, 'Not A Persona')
      await req('POST', '/redemptions', [401, 'STAFF_ONLY'], { code: 42 })
      const token = (await req('POST', '/auth/staff', 200, { storeId: 's-jingan', pin: '2468' })).body.token
      await req('POST', '/redemptions', [400, 'BAD_REQUEST'], { code: 42 }, undefined, token)
    } finally {
      await running.close()
    }
  }, 30_000)

  it('rejects what the malformed scenario serves, for every coupon answer', async () => {
    const backend = fixedBackend()
    const malformed = async (method: 'GET' | 'POST', path: string, status: number, body?: unknown, token?: string) => {
      const res = call(backend, `${method} ${path}`, { persona: 'active', scenario: 'malformed', body, token })
      expect([path, res.status]).toEqual([path, status])
      expect([path, validate(contractPath(path), method, status, res.body)]).not.toEqual([path, []])
    }
    for (const status of ['', ...STATUSES]) await malformed('GET', `/coupons?status=${status}`, 200)
    const coupon = call(backend, 'GET /coupons?status=available', { persona: 'active' }).body.coupons[0] as CouponBody
    await malformed('GET', `/coupons/${coupon.id}`, 200)
    await malformed('GET', '/coupon-templates', 200)
    await malformed('POST', '/coupon-templates/tpl-flash-10/claim', 201)
    await malformed('POST', `/coupons/${coupon.id}/code`, 201)
    await malformed('GET', '/stores', 200)
    const { code } = call(backend, `POST /coupons/${coupon.id}/code`, { persona: 'active' }).body
    const input = { code, storeId: coupon.storeIds[0], idempotencyKey: 'malformed-1' }
    const token = staffToken(backend, input.storeId)
    await malformed('POST', '/redemptions', 201, input, token)
    await malformed('POST', '/redemptions', 200, input, token)
  })
})

import { call, fixedBackend, staffToken } from './test-support/call'
import { createResponseValidator, loadOpenApi } from './test-support/openapi-validator'

/**
 * Statuses the fake backend answers beyond the contract table's list. Each must be written in
 * openapi.yaml under its own status (not left to `default`), with a schema that pins the error
 * code, and the backend's body must validate against it.
 */
const doc = loadOpenApi()
const validate = createResponseValidator(doc)
type Answer = ReturnType<typeof call>

function expectDocumented(path: string, method: 'GET' | 'POST', res: Answer, status: number, code: string) {
  expect([res.status, res.body?.error?.code]).toEqual([status, code])
  expect(Object.keys(doc.paths[path][method.toLowerCase()].responses)).toContain(String(status))
  expect(validate(path, method, status, res.body)).toEqual([])
  // The schema names the code: the same body with another code does not pass.
  const other = { ...res.body, error: { ...res.body.error, code: 'SOMETHING_ELSE' } }
  expect(validate(path, method, status, other)).not.toEqual([])
  expect(typeof res.body.error.message === 'string' && res.body.error.message.length > 0).toBe(true)
}

const moveClock = (b: ReturnType<typeof fixedBackend>, at: number) =>
  expect(call(b, 'POST /mock/clock', { body: { now: new Date(at).toISOString() } }).status).toBe(200)

describe('contract gaps the fake backend answers are in openapi.yaml', () => {
  it('409 NOT_IN_WINDOW: claiming a template outside its claim window', () => {
    const res = call(fixedBackend(), 'POST /coupon-templates/tpl-spring-closed/claim')
    expectDocumented('/coupon-templates/{id}/claim', 'POST', res, 409, 'NOT_IN_WINDOW')
  })

  it.each([
    ['GET', '/coupons/c-nope', '/coupons/{id}'],
    ['POST', '/coupons/c-nope/code', '/coupons/{id}/code'],
    ['POST', '/coupon-templates/tpl-nope/claim', '/coupon-templates/{id}/claim'],
  ] as const)('404 NOT_FOUND: %s %s', (method, path, docPath) => {
    expectDocumented(docPath, method, call(fixedBackend(), `${method} ${path}`), 404, 'NOT_FOUND')
  })

  it.each(['used', 'expired'])('409 NOT_AVAILABLE: a code for a %s coupon', (status) => {
    const b = fixedBackend()
    const coupon = call(b, `GET /coupons?status=${status}`).body.coupons[0]
    expect(coupon).toBeDefined()
    expectDocumented('/coupons/{id}/code', 'POST', call(b, `POST /coupons/${coupon.id}/code`), 409, 'NOT_AVAILABLE')
  })

  it('409 NOT_AVAILABLE: a code for a coupon whose validity has not started', () => {
    const b = fixedBackend()
    const coupon = call(b, 'POST /coupon-templates/tpl-coffee/claim', { persona: 'newcomer~4' }).body.coupon
    moveClock(b, Date.parse(coupon.validFrom) - 60 * 60 * 1000)
    const res = call(b, `POST /coupons/${coupon.id}/code`, { persona: 'newcomer~4' })
    expectDocumented('/coupons/{id}/code', 'POST', res, 409, 'NOT_AVAILABLE')
  })

  it('404 CODE_UNKNOWN: a code redeemed more than 24 h after it expired, even if no newer code swept it', () => {
    const b = fixedBackend()
    // Valid for 10 days: still usable a day later, so the code is what the clerk is told about.
    const coupon = call(b, 'POST /coupon-templates/tpl-coffee/claim', { persona: 'newcomer~5' }).body.coupon
    const issued = call(b, `POST /coupons/${coupon.id}/code`, { persona: 'newcomer~5' }).body
    // Staff tokens last 12 h, so the clerk signs in afresh at each moment.
    const redeem = (key: string) =>
      call(b, 'POST /redemptions', { body: { code: issued.code, storeId: coupon.storeIds[0], idempotencyKey: key }, token: staffToken(b, coupon.storeIds[0]) })
    const expiresAt = Date.parse(issued.expiresAt)

    moveClock(b, expiresAt + 1_000)
    expectDocumented('/redemptions', 'POST', redeem('gap-key-1'), 410, 'CODE_EXPIRED')
    moveClock(b, expiresAt + 24 * 60 * 60 * 1000 + 1_000)
    expectDocumented('/redemptions', 'POST', redeem('gap-key-2'), 404, 'CODE_UNKNOWN')
  })
})

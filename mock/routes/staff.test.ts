import { createBackend } from '../db'
import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import { STAFF_TOKEN_TTL_MS } from './staff'

const validate = createResponseValidator()

function issueCode(b: ReturnType<typeof fixedBackend>) {
  const coupon = call(b, 'GET /coupons?status=available').body.coupons.find((c: { storeIds: string[] }) => c.storeIds.includes('s-jingan'))
  return call(b, `POST /coupons/${coupon.id}/code`).body.code as string
}

describe('POST /auth/staff', () => {
  it('signs a clerk in with the store PIN: a token for that store, valid 12 h on the backend clock', () => {
    const b = fixedBackend()
    const res = call(b, 'POST /auth/staff', { body: { storeId: 's-hubin', pin: '2468' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ token: expect.stringMatching(/^\S{16,}$/), storeId: 's-hubin', expiresAt: new Date(b.now() + STAFF_TOKEN_TTL_MS).toISOString() })
    expect(validate('/auth/staff', 'POST', 200, res.body)).toEqual([])
    expect(call(b, 'POST /auth/staff', { body: { storeId: 's-hubin', pin: '2468' } }).body.token).not.toBe(res.body.token)
  })

  it('wrong PIN is 401 PIN_INVALID; an unknown store or a malformed body is 400 BAD_REQUEST', () => {
    const b = fixedBackend()
    const wrong = call(b, 'POST /auth/staff', { body: { storeId: 's-jingan', pin: '1357' } })
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'PIN_INVALID' } } })
    expect(validate('/auth/staff', 'POST', 401, wrong.body)).toEqual([])
    for (const body of [{ storeId: 's-nowhere', pin: '2468' }, { storeId: 's-jingan' }, { storeId: 's-jingan', pin: 2468 }, 'junk']) {
      const res = call(b, 'POST /auth/staff', { body })
      expect([body, res.status, res.body.error.code]).toEqual([body, 400, 'BAD_REQUEST'])
      expect(validate('/auth/staff', 'POST', 400, res.body)).toEqual([])
    }
  })
})

describe('POST /redemptions is staff-only', () => {
  it('without a staff token, with a made-up one or an expired one: 401 STAFF_ONLY, and nothing is redeemed', () => {
    const b = fixedBackend()
    const code = issueCode(b)
    const body = { code, storeId: 's-jingan', idempotencyKey: 'staff-key-0001' }
    const expired = staffToken(b)
    b.clock.setNow(b.now() + STAFF_TOKEN_TTL_MS)
    for (const token of [undefined, 'member-token-0001', expired]) {
      const res = call(b, 'POST /redemptions', { body, token })
      expect([token, res.status, res.body.error?.code]).toEqual([token, 401, 'STAFF_ONLY'])
      expect(validate('/redemptions', 'POST', 401, res.body)).toEqual([])
    }
    b.clock.setNow(null)
    // Back at the issue time the refused attempts left nothing behind: a signed-in clerk redeems.
    expect(call(b, 'POST /redemptions', { body, token: staffToken(b) }).status).toBe(201)
  })

  it("a body storeId other than the token's is 403 STORE_MISMATCH; leaving it out uses the token's store", () => {
    const b = fixedBackend()
    const code = issueCode(b)
    const hubin = staffToken(b, 's-hubin')
    const mismatch = call(b, 'POST /redemptions', { body: { code, storeId: 's-jingan', idempotencyKey: 'staff-key-0002' }, token: hubin })
    expect(mismatch).toMatchObject({ status: 403, body: { error: { code: 'STORE_MISMATCH' } } })
    expect(validate('/redemptions', 'POST', 403, mismatch.body)).toEqual([])
    const ok = call(b, 'POST /redemptions', { body: { code, idempotencyKey: 'staff-key-0003' }, token: staffToken(b, 's-jingan') })
    expect(ok).toMatchObject({ status: 201, body: { redemption: { storeId: 's-jingan' } } })
  })

  it('staff tokens are kept with the backend state, so a reload (snapshot restore) keeps the clerk signed in', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const code = issueCode(b)
    const reloaded = createBackend({ realNow: () => b.now(), snapshot: b.serialize() })
    const res = call(reloaded, 'POST /redemptions', { body: { code, storeId: 's-jingan', idempotencyKey: 'staff-key-0004' }, token })
    expect(res.status).toBe(201)
  })
})

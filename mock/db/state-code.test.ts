import { call, fixedBackend, FIXED_NOW } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import { checksum, decodeBase64Url, encodeBase64Url } from './base64url'
import { exportStateCode } from './state-code'
import { parseMemberKey } from './member-key'
import { readStateCode, STATE_CODE_VERSION } from './state-code'

const validate = createResponseValidator()
const exportCode = (backend = fixedBackend(), persona = 'active~2') => call(backend, 'GET /mock/state', { persona }).body.code as string
const importCode = (backend: ReturnType<typeof fixedBackend>, code: unknown) => call(backend, 'POST /mock/state', { body: { code } })

/** A code as an older or newer app would write it: same body, another version number. */
function withVersion(code: string, version: number): string {
  return code.replace(/^MC\d+/, `MC${version}`)
}

describe('复现码 (state codes)', () => {
  it('carries a member’s ledger, coupons, invites and the clock to another backend', () => {
    const source = fixedBackend()
    call(source, 'POST /mock/events', { persona: 'newcomer~4', body: { type: 'purchase', amountFen: 12_345 } })
    call(source, 'POST /invites/inv-spring-workshop/response', { persona: 'newcomer~4', body: { accept: false } })
    call(source, 'POST /mock/clock', { body: { now: '2026-05-01T02:00:00Z' } })
    const exported = call(source, 'GET /mock/state', { persona: 'newcomer~4' })
    expect(validate('/mock/state', 'GET', 200, exported.body)).toEqual([])
    expect(exported.body.code).toMatch(new RegExp(`^MC${STATE_CODE_VERSION}Z-`))

    const target = fixedBackend(FIXED_NOW + 86_400_000)
    const imported = importCode(target, exported.body.code)
    expect(validate('/mock/state', 'POST', 200, imported.body)).toEqual([])
    expect(imported.body).toMatchObject({ memberId: 'newcomer~4', clock: { now: '2026-05-01T02:00:00.000Z', realTime: false } })
    for (const route of ['GET /me/growth', 'GET /coupons', 'GET /invites', 'GET /me/growth/events?limit=50']) {
      expect([route, call(target, route, { persona: 'newcomer~4' }).body]).toEqual([route, call(source, route, { persona: 'newcomer~4' }).body])
    }
  })

  it('survives being wrapped by a chat app, and non-ASCII text round-trips', () => {
    const backend = fixedBackend()
    const code = exportCode(backend)
    const wrapped = code.replace(/(.{60})/g, '$1\n ')
    expect(importCode(fixedBackend(), wrapped).status).toBe(200)
    expect(decodeBase64Url(encodeBase64Url('会员圈 ✓ 🎟'))).toBe('会员圈 ✓ 🎟')
  })

  it('refuses malformed, corrupt, old and unknown-version codes with a clear message, changing nothing', () => {
    const code = exportCode()
    const body = code.split('-')[1]
    const flipped = `${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}`
    const cases: Array<[string, unknown, RegExp]> = [
      ['empty', '', /请粘贴复现码/],
      ['not a code', 'hello', /这不是复现码/],
      ['truncated', code.slice(0, -20), /这不是复现码|已损坏/],
      ['one character changed', code.replace(body, flipped), /复现码已损坏（校验不符）/],
      ['old version', withVersion(code, 0), /复现码版本过旧（v0）/],
      ['newer version', withVersion(code, STATE_CODE_VERSION + 1), /比本应用新/],
      ['right checksum, wrong content', `MC1-${encodeBase64Url('{"member":{"key":"nobody"}}')}-${checksum(encodeBase64Url('{"member":{"key":"nobody"}}'))}`, /内容不完整或有误：会员标识/],
      ['right checksum, not JSON', `MC1-${encodeBase64Url('{oops')}-${checksum(encodeBase64Url('{oops'))}`, /无法解析/],
    ]
    const backend = fixedBackend()
    const before = JSON.stringify(backend.serialize())
    for (const [what, bad, message] of cases) {
      const res = importCode(backend, bad)
      expect([what, res.status, res.body.error.code]).toEqual([what, 422, 'STATE_CODE_INVALID'])
      expect([what, res.body.error.message]).toEqual([what, expect.stringMatching(message)])
      expect(validate('/mock/state', 'POST', 422, res.body)).toEqual([])
    }
    expect(JSON.stringify(backend.serialize())).toBe(before)
    expect(() => readStateCode(code)).not.toThrow()
  })

  it('is compressed: coupon-rich’s 300+ coupons fit under 20,000 characters and import back to the same wallet', () => {
    const source = fixedBackend()
    const code = exportCode(source, 'coupon-rich')
    expect(code).toMatch(/^MC1Z-/)
    expect(code.length).toBeLessThan(20_000)
    const target = fixedBackend(FIXED_NOW + 3 * 86_400_000)
    expect(importCode(target, code).status).toBe(200)
    for (const route of ['GET /coupons', 'GET /coupons?status=used', 'GET /me/growth']) {
      expect([route, call(target, route, { persona: 'coupon-rich' }).body]).toEqual([route, call(source, route, { persona: 'coupon-rich' }).body])
    }
  })

  it('still reads the older uncompressed MC1- form', () => {
    const source = fixedBackend()
    call(source, 'POST /mock/events', { persona: 'first-buyer', body: { type: 'share' } })
    const compressed = exportStateCode(source, parseMemberKey('first-buyer')!)
    const payload = JSON.stringify(readStateCode(compressed))
    const body = encodeBase64Url(payload)
    const target = fixedBackend()
    expect(importCode(target, `MC1-${body}-${checksum(body)}`).status).toBe(200)
    expect(call(target, 'GET /me/growth', { persona: 'first-buyer' }).body).toEqual(call(source, 'GET /me/growth', { persona: 'first-buyer' }).body)
  })
})

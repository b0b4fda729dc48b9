import { endOfShanghaiDay, parseInstant } from '../../src/domain/time'
import { call, FIXED_NOW, fixedBackend } from '../test-support/call'
import type { Coupon } from '../../src/domain/coupons'

const byStatus = (coupons: Coupon[], status: string) => coupons.filter((c) => c.status === status)

describe('GET /coupons', () => {
  it('seeds every persona as the contract says', () => {
    const b = fixedBackend()
    const newcomer = call(b, 'GET /coupons', { persona: 'newcomer' }).body.coupons
    expect(newcomer).toHaveLength(1)
    expect(newcomer[0]).toMatchObject({ templateId: 'tpl-welcome', status: 'available' })
    const firstBuyer = call(b, 'GET /coupons?status=available', { persona: 'first-buyer' }).body.coupons
    expect(firstBuyer.map((c: Coupon) => c.templateId)).toEqual(['tpl-repurchase'])
    const active = call(b, 'GET /coupons', { persona: 'active' }).body.coupons
    for (const s of ['available', 'used', 'expired']) expect(byStatus(active, s).length).toBeGreaterThan(0)
    const rich = call(b, 'GET /coupons', { persona: 'coupon-rich' }).body.coupons
    expect(rich.length).toBeGreaterThanOrEqual(300)
    for (const s of ['available', 'used', 'expired']) expect(byStatus(rich, s).length).toBeGreaterThan(50)
  })

  it('filters by status and refuses an unknown one', () => {
    const b = fixedBackend()
    const used = call(b, 'GET /coupons?status=used').body.coupons
    expect(used.every((c: Coupon) => c.status === 'used' && c.usedAt)).toBe(true)
    expect(call(b, 'GET /coupons?status=lost').status).toBe(400)
  })

  it('reports a coupon as expired on the first read after its validity ends (Shanghai midnight)', () => {
    const b = fixedBackend()
    const coupon = call(b, 'GET /coupons?status=available', { persona: 'newcomer' }).body.coupons[0]
    const until = parseInstant(coupon.validUntil)
    expect(until).toBe(endOfShanghaiDay(until)) // ends at 23:59:59.999 Shanghai
    expect(new Date(until + 1).toISOString()).toMatch(/T16:00:00.000Z$/) // = 00:00 Shanghai next day
    b.clock.setNow(until)
    expect(call(b, `GET /coupons/${coupon.id}`, { persona: 'newcomer' }).body.coupon.status).toBe('available')
    b.clock.setNow(until + 1)
    expect(call(b, `GET /coupons/${coupon.id}`, { persona: 'newcomer' }).body.coupon.status).toBe('expired')
    expect(call(b, `POST /coupons/${coupon.id}/code`, { persona: 'newcomer' })).toMatchObject({ status: 409, body: { error: { code: 'NOT_AVAILABLE' } } })
  })

  it('404s an unknown coupon', () => {
    expect(call(fixedBackend(), 'GET /coupons/c-9999').status).toBe(404)
  })
})

describe('POST /coupons/{id}/code', () => {
  it('issues unique 16-digit codes bound to the coupon, valid 60 s, refresh after 50 s', () => {
    const b = fixedBackend()
    const id = call(b, 'GET /coupons?status=available').body.coupons[0].id
    const codes = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const res = call(b, `POST /coupons/${id}/code`)
      expect(res.status).toBe(201)
      expect(res.body.code).toMatch(/^\d{16}$/)
      expect(parseInstant(res.body.expiresAt) - FIXED_NOW).toBe(60_000)
      expect(res.body.refreshAfterMs).toBe(50_000)
      codes.add(res.body.code)
    }
    expect(codes.size).toBe(200)
  })

  it('refuses used and expired coupons with 409 NOT_AVAILABLE', () => {
    const b = fixedBackend()
    for (const status of ['used', 'expired']) {
      const id = call(b, `GET /coupons?status=${status}`).body.coupons[0].id
      expect(call(b, `POST /coupons/${id}/code`)).toMatchObject({ status: 409, body: { error: { code: 'NOT_AVAILABLE' } } })
    }
  })
})

describe('coupon templates', () => {
  it('lists claimable and not-claimable templates with a reason', () => {
    const templates = call(fixedBackend(), 'GET /coupon-templates').body.templates
    const reason = (id: string) => templates.find((t: { id: string }) => t.id === id).reason
    expect(templates.find((t: { id: string }) => t.id === 'tpl-flash-10')).toMatchObject({ claimable: true, stockLeft: 10, claimedByMe: 0 })
    expect(reason('tpl-cocreator-gift')).toBe('LEVEL_TOO_LOW')
    expect(reason('tpl-sold-out')).toBe('SOLD_OUT')
    expect(reason('tpl-spring-closed')).toBe('NOT_IN_WINDOW')
    expect(reason('tpl-welcome')).toBe('LIMIT_REACHED')
  })

  it('claims into the wallet, takes stock, and refuses the second claim over the limit', () => {
    const b = fixedBackend()
    const res = call(b, 'POST /coupon-templates/tpl-flash-10/claim')
    expect(res.status).toBe(201)
    expect(res.body.coupon).toMatchObject({ templateId: 'tpl-flash-10', status: 'available', kind: 'free_item' })
    expect(call(b, `GET /coupons/${res.body.coupon.id}`).status).toBe(200)
    expect(call(b, 'POST /coupon-templates/tpl-flash-10/claim')).toMatchObject({ status: 409, body: { error: { code: 'LIMIT_REACHED' } } })
    const t = call(b, 'GET /coupon-templates', { persona: 'newcomer' }).body.templates.find((x: { id: string }) => x.id === 'tpl-flash-10')
    expect(t.stockLeft).toBe(9)
  })

  it('answers 403 LEVEL_TOO_LOW, 409 SOLD_OUT, 409 NOT_IN_WINDOW, 404 unknown', () => {
    const b = fixedBackend()
    expect(call(b, 'POST /coupon-templates/tpl-cocreator-gift/claim')).toMatchObject({ status: 403, body: { error: { code: 'LEVEL_TOO_LOW' } } })
    expect(call(b, 'POST /coupon-templates/tpl-sold-out/claim')).toMatchObject({ status: 409, body: { error: { code: 'SOLD_OUT' } } })
    expect(call(b, 'POST /coupon-templates/tpl-spring-closed/claim')).toMatchObject({ status: 409, body: { error: { code: 'NOT_IN_WINDOW' } } })
    expect(call(b, 'POST /coupon-templates/nope/claim').status).toBe(404)
  })

  it('never takes stock below zero, shared across members', () => {
    const b = fixedBackend()
    const statuses = Array.from({ length: 15 }, (_, i) => call(b, 'POST /coupon-templates/tpl-flash-10/claim', { persona: `newcomer~${i + 1}` }).status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(10)
    expect(b.shared.couponTemplateStock['tpl-flash-10']).toBe(0)
    expect(call(b, 'GET /coupon-templates', { persona: 'newcomer~20' }).body.templates.find((x: { id: string }) => x.id === 'tpl-flash-10')).toMatchObject({
      stockLeft: 0,
      claimable: false,
      reason: 'SOLD_OUT',
    })
  })
})

test('GET /stores lists the stores', () => {
  const stores = call(fixedBackend(), 'GET /stores').body.stores
  expect(stores.length).toBeGreaterThan(1)
  expect(stores[0]).toEqual({ id: expect.any(String), name: expect.any(String), address: expect.any(String) })
})

import { call, FIXED_NOW, fixedBackend } from '../test-support/call'
import { createBackend, parseMemberKey } from '.'

describe('createBackend', () => {
  it('runs its clock at real time plus an offset', () => {
    let real = FIXED_NOW
    const backend = createBackend({ realNow: () => real })
    backend.clock.setNow(FIXED_NOW + 86_400_000)
    real += 5_000
    expect(backend.now()).toBe(FIXED_NOW + 86_400_000 + 5_000)
    backend.clock.setNow(null)
    expect(backend.now()).toBe(real)
  })

  it('seeds members lazily, from real time: a clock moved before the first request moves time, not the member', () => {
    const backend = fixedBackend()
    expect(backend.knownMemberKeys()).toEqual([])
    const unmoved = call(fixedBackend(), 'GET /me/growth', { persona: 'at-risk' }).body
    backend.clock.setNow(FIXED_NOW + 8 * 86_400_000)
    const body = call(backend, 'GET /me/growth', { persona: 'at-risk' }).body
    expect(backend.knownMemberKeys()).toEqual(['at-risk'])
    // Still at risk, with the same expiry as if the clock had never moved: 8 days closer to it.
    expect(body).toMatchObject({ levelCode: 'engager', retention: { atRisk: true } })
    expect(body.levelExpiresAt).toBe(unmoved.levelExpiresAt)
    // Reset after the move seeds from real time too.
    backend.resetMember('at-risk')
    expect(call(backend, 'GET /me/growth', { persona: 'at-risk' }).body.levelExpiresAt).toBe(unmoved.levelExpiresAt)
    // Past the expiry, the level is lost as it would be for a member seeded before the move.
    backend.clock.setNow(FIXED_NOW + 100 * 86_400_000)
    expect(call(backend, 'GET /me/growth', { persona: 'at-risk' }).body.levelCode).not.toBe('engager')
  })

  it('round-trips its whole state through plain JSON', () => {
    const backend = fixedBackend()
    call(backend, 'POST /mock/events', { persona: 'newcomer~3', body: { type: 'purchase', amountFen: 300 } })
    call(backend, 'POST /mock/clock', { body: { now: '2026-04-01T00:00:00Z' } })
    backend.shared.couponTemplateStock['t-welcome'] = 7
    const saved = JSON.parse(JSON.stringify(backend.serialize()))

    const restored = createBackend({ realNow: () => FIXED_NOW, snapshot: saved })
    expect(restored.now()).toBe(Date.parse('2026-04-01T00:00:00Z'))
    expect(restored.shared.couponTemplateStock).toEqual({ 't-welcome': 7 })
    expect(call(restored, 'GET /me/growth', { persona: 'newcomer~3' }).body).toMatchObject({ levelCode: 'experiencer', totals: { spendFen: 300 } })
  })

  it('snapshots are copies: later changes do not leak either way', () => {
    const backend = fixedBackend()
    call(backend, 'GET /me')
    const snapshot = backend.serialize()
    snapshot.members.active.ledger.length = 0
    expect(call(backend, 'GET /me/growth').body.totals.spendFen).toBe(735_000)
  })

  it.each([[null], ['{}'], [{ version: 0, clockOffsetMs: 0, members: {} }], [{ version: 1, clockOffsetMs: 0, members: { x: 1 } }]])(
    'refuses a corrupt or foreign snapshot %j without changing anything',
    (snapshot) => {
      const backend = fixedBackend()
      call(backend, 'POST /mock/events', { body: { type: 'share' } })
      expect(backend.restore(snapshot)).toBe(false)
      expect(call(backend, 'GET /me/growth').body.totals.shares).toBe(13)
    },
  )

  it('resetMember reseeds one member only', () => {
    const backend = fixedBackend()
    call(backend, 'POST /mock/events', { persona: 'active~1', body: { type: 'share' } })
    call(backend, 'POST /mock/events', { persona: 'active~2', body: { type: 'share' } })
    backend.resetMember('active~1')
    expect(call(backend, 'GET /me/growth', { persona: 'active~1' }).body.totals.shares).toBe(12)
    expect(call(backend, 'GET /me/growth', { persona: 'active~2' }).body.totals.shares).toBe(13)
    expect(() => backend.resetMember('nobody')).toThrow()
  })
})

describe('parseMemberKey', () => {
  it('reads persona copies 1..999 and rejects the rest', () => {
    expect(parseMemberKey(undefined)).toEqual({ key: 'active', personaId: 'active', copy: 0 })
    expect(parseMemberKey(' at-risk~999 ')).toEqual({ key: 'at-risk~999', personaId: 'at-risk', copy: 999 })
    for (const bad of ['at-risk~1000', 'x', 'active~', 'active~-1']) expect(parseMemberKey(bad)).toBeNull()
  })
})

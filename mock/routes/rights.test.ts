import { server } from '../node'
import { resetMockBackend } from '../handlers'
import { call, fixedBackend, FIXED_NOW } from '../test-support/call'
import { rankOf } from '../../src/domain'
import { RIGHTS as CATALOGUE } from '../../src/domain/rights'
import { PERSONA_IDS } from '../personas'

const byId = (body: { rights: { id: string }[] }, id: string) => body.rights.find((r) => r.id === id) as Record<string, unknown>

describe('GET /rights', () => {
  it.each(PERSONA_IDS)('unlocks for %s the rights at or below the member level, and says so', (persona) => {
    const backend = fixedBackend()
    const level = call(backend, 'GET /me/growth', { persona }).body.levelCode
    const res = call(backend, 'GET /rights', { persona })
    expect(res.status).toBe(200)
    expect(res.body.rights).toHaveLength(CATALOGUE.length)
    // Beyond the level, only a seat right can be unlocked, and only by an invite (rights-invite.test.ts).
    for (const r of res.body.rights) {
      const byLevel = rankOf(r.minLevelCode) <= rankOf(level)
      expect([r.id, r.unlocked, r.unlockedBy]).toEqual([r.id, byLevel || r.unlockedBy === 'invite', byLevel ? 'level' : r.unlockedBy])
    }
    const byInvite = res.body.rights.filter((r: { unlockedBy?: string }) => r.unlockedBy === 'invite').map((r: { id: string }) => r.id)
    expect(byInvite.filter((id: string) => !['r-workshop-seat', 'r-beta-seat'].includes(id))).toEqual([])
  })

  it('shows the co-creator limited stock (3 left, tasting sold out) and quota used this period', () => {
    const res = call(fixedBackend(), 'GET /rights', { persona: 'cocreator' })
    expect(byId(res.body, 'r-limited-edition')).toMatchObject({ stockLeft: 3, quota: { perPeriod: 1, period: 'year', used: 0 } })
    expect(byId(res.body, 'r-limited-tasting')).toMatchObject({ stockLeft: 0 })
    expect(byId(res.body, 'r-free-shipping')).toMatchObject({ quota: { perPeriod: 2, period: 'month', used: 1 } })
    expect(byId(res.body, 'r-advisor')).not.toHaveProperty('quota')
  })
})

describe('POST /rights/{id}/claim', () => {
  it('claims and answers the right with its quota used', () => {
    const backend = fixedBackend()
    const res = call(backend, 'POST /rights/r-welcome-coupon/claim', { persona: 'at-risk' })
    expect(res.status).toBe(200)
    expect(res.body.right).toMatchObject({ id: 'r-welcome-coupon', unlocked: true, quota: { used: 1 } })
  })

  it('refuses a locked right with 403 LEVEL_TOO_LOW in Chinese', () => {
    const res = call(fixedBackend(), 'POST /rights/r-free-shipping/claim', { persona: 'newcomer' })
    expect(res.status).toBe(403)
    expect(res.body.error).toEqual({ code: 'LEVEL_TOO_LOW', message: '达到「积极互动」等级后可领取' })
  })

  it('counts the quota per period: two free-shipping claims a month, then QUOTA_USED, again next month', () => {
    const backend = fixedBackend()
    expect(call(backend, 'POST /rights/r-free-shipping/claim', { persona: 'active' }).status).toBe(200)
    expect(call(backend, 'POST /rights/r-free-shipping/claim', { persona: 'active' }).status).toBe(200)
    const third = call(backend, 'POST /rights/r-free-shipping/claim', { persona: 'active' })
    expect(third.status).toBe(409)
    expect(third.body.error).toEqual({ code: 'QUOTA_USED', message: '本月的领取次数已用完' })
    backend.clock.setNow(FIXED_NOW + 31 * 24 * 3600_000)
    expect(call(backend, 'POST /rights/r-free-shipping/claim', { persona: 'active' }).status).toBe(200)
  })

  it('refuses a sold-out right with 409 SOLD_OUT', () => {
    const res = call(fixedBackend(), 'POST /rights/r-limited-tasting/claim', { persona: 'cocreator' })
    expect(res.status).toBe(409)
    expect(res.body.error).toEqual({ code: 'SOLD_OUT', message: '该权益已抢光' })
  })

  it('refuses standing services, unknown ids and unknown body fields', () => {
    const backend = fixedBackend()
    expect(call(backend, 'POST /rights/r-advisor/claim', { persona: 'cocreator' }).body.error.code).toBe('NOT_CLAIMABLE')
    expect(call(backend, 'POST /rights/r-nope/claim', { persona: 'cocreator' }).status).toBe(404)
    expect(call(backend, 'POST /rights/r-welcome-coupon/claim', { persona: 'newcomer', body: { qty: 2 } }).status).toBe(400)
  })

  it('shares stock across members: exactly the stock left succeeds, never below zero', () => {
    const backend = fixedBackend()
    const statuses = Array.from({ length: 12 }, (_, i) =>
      call(backend, 'POST /rights/r-limited-edition/claim', { persona: `cocreator~${i + 1}` }).status,
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(3)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    expect(backend.shared.rightStock['r-limited-edition']).toBe(0)
    expect(byId(call(backend, 'GET /rights', { persona: 'cocreator' }).body, 'r-limited-edition')).toMatchObject({ stockLeft: 0 })
  })
})

describe('concurrent claims through msw', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => void resetMockBackend())
  afterAll(() => server.close())

  it('lets exactly 3 of 40 racing co-creators claim the limited edition', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch('http://localhost/api/v1/rights/r-limited-edition/claim', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-persona': `cocreator~${i + 1}` },
          body: '{}',
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } })),
      ),
    )
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3)
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error?.code === 'SOLD_OUT')).toBe(true)
    const list = await fetch('http://localhost/api/v1/rights', { headers: { 'x-persona': 'cocreator~41' } }).then((r) => r.json())
    expect(byId(list as { rights: { id: string }[] }, 'r-limited-edition')).toMatchObject({ stockLeft: 0 })
  })
})

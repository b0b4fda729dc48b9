import { call, fixedBackend } from '../test-support/call'

const buy = (backend: ReturnType<typeof fixedBackend>, persona: string, amountFen: number, type = 'purchase') =>
  call(backend, 'POST /mock/events', { persona, body: { type, amountFen } })

describe('POST /mock/events', () => {
  it('moves newcomer to experiencer at exactly ¥1.00, not one fen below', () => {
    const backend = fixedBackend()
    const below = buy(backend, 'newcomer', 99)
    expect(below.status).toBe(200)
    expect(below.body).toMatchObject({ levelCode: 'explorer', eligibleForNext: false, progress: [{ current: 99, target: 100 }] })
    const reached = buy(backend, 'newcomer', 1)
    expect(reached.body.levelCode).toBe('experiencer')
    expect(reached.body.levelExpiresAt).not.toBeNull()
    expect(call(backend, 'GET /me', { persona: 'newcomer' }).body.member.levelCode).toBe('experiencer')
  })

  it('moves first-buyer to engager once spend reaches ¥2,000, not one fen below', () => {
    const backend = fixedBackend()
    expect(buy(backend, 'first-buyer', 200_000 - 12_900 - 1).body).toMatchObject({ levelCode: 'experiencer', eligibleForNext: false })
    expect(buy(backend, 'first-buyer', 1).body).toMatchObject({ levelCode: 'engager', nextLevelCode: 'cocreator' })
  })

  it('moves first-buyer to engager on the 30th interaction (criteria mode any)', () => {
    const backend = fixedBackend()
    const post = (count: number) => call(backend, 'POST /mock/events', { persona: 'first-buyer', body: { type: 'interaction', count } })
    expect(post(26).body.levelCode).toBe('experiencer')
    expect(post(1).body).toMatchObject({ levelCode: 'engager', totals: { interactions: 30 } })
  })

  it('lowers progress on a refund', () => {
    const backend = fixedBackend()
    const body = buy(backend, 'active', 50_000, 'refund').body
    expect(body.totals.spendFen).toBe(685_000)
    expect(body.progress[0]).toEqual({ dimension: 'spendFen', current: 685_000, target: 800_000 })
  })

  it('makes active eligible for co-creator but awaiting the invitation', () => {
    const backend = fixedBackend()
    buy(backend, 'active', 65_000)
    const body = call(backend, 'POST /mock/events', { body: { type: 'share', count: 8 } }).body
    expect(body).toMatchObject({ levelCode: 'engager', eligibleForNext: true, awaitingInvite: true })
  })

  it.each([
    [undefined],
    ['text'],
    [[1]],
    [{}],
    [{ type: 'gift' }],
    [{ type: 'purchase' }],
    [{ type: 'purchase', amountFen: -5 }],
    [{ type: 'purchase', amountFen: 1.5 }],
    [{ type: 'purchase', amountFen: '100' }],
    [{ type: 'share', amountFen: 100 }],
    [{ type: 'share', count: 0 }],
    [{ type: 'share', count: 10_000 }],
    [{ type: 'share', colour: 'red' }],
  ])('answers 400 BAD_REQUEST for body %j', (body) => {
    const res = call(fixedBackend(), 'POST /mock/events', { body })
    expect(res.status).toBe(400)
    expect(res.body.error).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
  })
})

describe('POST /mock/clock', () => {
  it('drops at-risk one level once its term lapses, and reports the clock', () => {
    const backend = fixedBackend()
    const before = call(backend, 'GET /me/growth', { persona: 'at-risk' }).body
    const expiresAt = Date.parse(before.levelExpiresAt)

    const justBefore = new Date(expiresAt - 60_000).toISOString()
    expect(call(backend, 'POST /mock/clock', { body: { now: justBefore } }).body).toMatchObject({ now: justBefore, realTime: false })
    expect(call(backend, 'GET /me/growth', { persona: 'at-risk' }).body).toMatchObject({ levelCode: 'engager', retention: { atRisk: true } })

    call(backend, 'POST /mock/clock', { body: { now: new Date(expiresAt + 60_000).toISOString() } })
    const after = call(backend, 'GET /me/growth', { persona: 'at-risk' }).body
    expect(after.levelCode).toBe('experiencer')
    expect(Date.parse(after.levelExpiresAt)).toBeGreaterThan(expiresAt + 364 * 86_400_000)
  })

  it('returns to real time with null and reads back with GET', () => {
    const backend = fixedBackend()
    call(backend, 'POST /mock/clock', { body: { now: '2030-01-01T00:00:00+08:00' } })
    expect(call(backend, 'GET /mock/clock').body.now).toBe('2029-12-31T16:00:00.000Z')
    expect(call(backend, 'POST /mock/clock', { body: { now: null } }).body).toMatchObject({ offsetMs: 0, realTime: true })
  })

  it.each([[{}], [{ now: 'tomorrow' }], [{ now: '2026-01-01' }], [{ now: 5 }], [{ now: null, extra: 1 }]])(
    'answers 400 for %j',
    (body) => {
      expect(call(fixedBackend(), 'POST /mock/clock', { body }).status).toBe(400)
    },
  )
})

describe('POST /mock/reset', () => {
  it('restores only the requesting member', () => {
    const backend = fixedBackend()
    buy(backend, 'newcomer', 500)
    buy(backend, 'newcomer~2', 500)
    expect(call(backend, 'POST /mock/reset', { persona: 'newcomer' }).body).toMatchObject({ reset: 'member', memberId: 'newcomer' })
    expect(call(backend, 'GET /me/growth', { persona: 'newcomer' }).body.levelCode).toBe('explorer')
    expect(call(backend, 'GET /me/growth', { persona: 'newcomer~2' }).body.levelCode).toBe('experiencer')
  })

  it('with scope all forgets every member and the moved clock', () => {
    const backend = fixedBackend()
    buy(backend, 'newcomer~2', 500)
    call(backend, 'POST /mock/clock', { body: { now: '2030-01-01T00:00:00Z' } })
    call(backend, 'POST /mock/reset', { body: { scope: 'all' } })
    expect(call(backend, 'GET /me/growth', { persona: 'newcomer~2' }).body.levelCode).toBe('explorer')
    expect(call(backend, 'GET /mock/clock').body.realTime).toBe(true)
    expect(call(backend, 'POST /mock/reset', { body: { scope: 'everything' } }).status).toBe(400)
  })
})

describe('GET /mock/personas', () => {
  it('lists ids with descriptions', () => {
    const { personas } = call(fixedBackend(), 'GET /mock/personas').body
    expect(personas).toHaveLength(7)
    expect(personas[6]).toEqual({ id: 'visitor', description: expect.stringContaining('还没加入') })
    expect(personas[2]).toEqual({ id: 'active', description: expect.stringContaining('积极互动') })
  })
})

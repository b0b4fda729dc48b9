import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
const gifts = (b: Backend, persona = 'active') => call(b, 'GET /me/level-gifts', { persona }).body.gifts as Array<{ levelCode: string; status: string }>
const statusOf = (b: Backend, level: string, persona = 'active') => gifts(b, persona).find((g) => g.levelCode === level)?.status

describe('level gifts (升级礼)', () => {
  it('an 积极互动 member claims each reached level once; the coupon lands in the wallet; the top level is locked', () => {
    const b = fixedBackend()
    expect(validate('/me/level-gifts', 'GET', 200, call(b, 'GET /me/level-gifts').body)).toEqual([])
    expect(statusOf(b, 'cocreator')).toBe('locked')
    const claimed = call(b, 'POST /me/level-gifts/engager/claim')
    expect(claimed.status).toBe(201)
    expect(validate('/me/level-gifts/{levelCode}/claim', 'POST', 201, claimed.body)).toEqual([])
    expect(claimed.body.coupon.templateId).toBe('tpl-level-engager')
    expect(call(b, 'GET /coupons?status=available').body.coupons.some((c: { id: string }) => c.id === claimed.body.coupon.id)).toBe(true)
    expect(call(b, 'POST /me/level-gifts/engager/claim')).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_CLAIMED' } } })
    expect(call(b, 'POST /me/level-gifts/cocreator/claim')).toMatchObject({ status: 403, body: { error: { code: 'LEVEL_TOO_LOW' } } })
    expect(call(b, 'POST /me/level-gifts/__proto__/claim').status).toBe(404)
    expect(statusOf(b, 'experiencer')).toBe('claimable')
  })

  it('a member who enters a level by the ledger gets that entry’s gift; the 核心共创 gift is a right', () => {
    const b = fixedBackend()
    expect(statusOf(b, 'experiencer', 'newcomer')).toBe('locked')
    call(b, 'POST /mock/events', { persona: 'newcomer', body: { type: 'purchase', amountFen: 5000 } })
    expect(statusOf(b, 'experiencer', 'newcomer')).toBe('claimable')
    expect(call(b, 'POST /me/level-gifts/experiencer/claim', { persona: 'newcomer' }).status).toBe(201)
    expect(statusOf(b, 'experiencer', 'newcomer')).toBe('claimed')
    const right = call(b, 'POST /me/level-gifts/cocreator/claim', { persona: 'cocreator' })
    expect(right).toMatchObject({ status: 201, body: { right: { id: 'r-cocreator-tasting' } } })
  })
})

describe('已享权益, 我的会员旅程 and ratings', () => {
  it('an attended event shows in value and journey, and asks for a rating once', () => {
    const b = fixedBackend()
    call(b, 'POST /community/events/ev-pour-over/registrations')
    const memberCode = call(b, 'POST /me/code').body.code
    call(b, 'POST /staff/check-ins', { token: staffToken(b), body: { memberCode, eventId: 'ev-pour-over', idempotencyKey: 'journey-check-in' } })

    const year = new Date(b.now() + 8 * 3_600_000).getUTCFullYear()
    const value = call(b, `GET /me/value?year=${year}`)
    expect(validate('/me/value', 'GET', 200, value.body)).toEqual([])
    expect(value.body.eventsAttended).toBeGreaterThanOrEqual(1)
    expect(call(b, 'GET /me/value?year=20x6').status).toBe(400)

    const journey = call(b, 'GET /me/journey')
    expect(validate('/me/journey', 'GET', 200, journey.body)).toEqual([])
    expect(journey.body.milestones[0]).toMatchObject({ kind: 'event-attended', title: '参加活动：周末手冲咖啡沙龙' })
    expect(journey.body.milestones.at(-1).kind).toBe('joined')

    const pending = () => call(b, 'GET /me/ratings/pending').body.subjects as Array<{ kind: string; id: string }>
    expect(validate('/me/ratings/pending', 'GET', 200, call(b, 'GET /me/ratings/pending').body)).toEqual([])
    expect(pending()).toContainEqual(expect.objectContaining({ kind: 'event', id: 'ev-pour-over' }))
    const rated = call(b, 'POST /me/ratings', { body: { subject: { kind: 'event', id: 'ev-pour-over' }, score: 5 } })
    expect(rated.status).toBe(201)
    expect(validate('/me/ratings', 'POST', 201, rated.body)).toEqual([])
    expect(call(b, 'POST /me/ratings', { body: { subject: { kind: 'event', id: 'ev-pour-over' }, score: 4 } })).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_RATED' } } })
    expect(pending().some((s) => s.kind === 'event' && s.id === 'ev-pour-over')).toBe(false)
    expect(call(b, 'POST /me/ratings', { body: { subject: { kind: 'event', id: 'ev-west-lake' }, score: 4 } }).status).toBe(404)
    expect(call(b, 'POST /me/ratings', { body: { subject: { kind: 'event', id: 'ev-pour-over' }, score: 6 } }).status).toBe(400)
    expect(call(b, 'POST /me/ratings', { body: { subject: { kind: 'vibe', id: 'x' }, score: 3 } }).status).toBe(400)
  })

  it('a level-up by the ledger is a journey milestone', () => {
    const b = fixedBackend()
    call(b, 'POST /mock/events', { persona: 'newcomer', body: { type: 'purchase', amountFen: 5000 } })
    const kinds = call(b, 'GET /me/journey', { persona: 'newcomer' }).body.milestones.map((m: { kind: string; title: string }) => `${m.kind} ${m.title}`)
    expect(kinds).toEqual(expect.arrayContaining(['level-up 升级为「初步体验」', 'first-purchase 完成首次消费', 'joined 加入会员圈']))
  })
})

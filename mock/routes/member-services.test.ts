import { call, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

describe('GET /me advisor', () => {
  it('carries the advisor for a member whose level has the advisor right, and matches the contract', () => {
    const res = call(fixedBackend(), 'GET /me', { persona: 'cocreator' })
    expect(res.body.member.advisor).toMatchObject({ name: expect.any(String), title: expect.any(String), responsePromise: expect.any(String), workingHours: expect.any(String) })
    expect(validate('/me', 'GET', res.status, res.body)).toEqual([])
  })

  it.each(['newcomer', 'active', 'at-risk'])('has no advisor for %s', (persona) => {
    expect(call(fixedBackend(), 'GET /me', { persona }).body.member).not.toHaveProperty('advisor')
  })
})

describe('birthday gift', () => {
  const claim = (backend: ReturnType<typeof fixedBackend>, persona: string) => call(backend, 'POST /rights/r-birthday-gift/claim', { persona })
  const gift = (backend: ReturnType<typeof fixedBackend>, persona: string) =>
    call(backend, 'GET /rights', { persona }).body.rights.find((r: { id: string }) => r.id === 'r-birthday-gift')

  it('is claimable in the birthday month (active: born this month)', () => {
    const backend = fixedBackend()
    expect(gift(backend, 'active').claimWindow).toEqual({ opensAt: '2026-02-28T16:00:00.000Z', closesAt: '2026-03-31T16:00:00.000Z' })
    expect(claim(backend, 'active').status).toBe(200)
  })

  it('is refused outside the month with 409 NOT_BIRTHDAY_MONTH naming when it opens, in the contract', () => {
    const backend = fixedBackend()
    const res = claim(backend, 'at-risk')
    expect(res.status).toBe(409)
    expect(res.body.error).toEqual({ code: 'NOT_BIRTHDAY_MONTH', message: '生日礼仅限生日当月领取，5月1日起开放' })
    expect(validate('/rights/{id}/claim', 'POST', res.status, res.body)).toEqual([])
    expect(validate('/rights', 'GET', 200, call(backend, 'GET /rights', { persona: 'at-risk' }).body)).toEqual([])
  })

  it('without a birthday says so in the list and refuses with BIRTHDAY_MISSING', () => {
    const backend = fixedBackend()
    expect(gift(backend, 'first-buyer')).toMatchObject({ needsBirthday: true })
    expect(gift(backend, 'first-buyer')).not.toHaveProperty('claimWindow')
    expect(claim(backend, 'first-buyer').body.error.code).toBe('BIRTHDAY_MISSING')
    expect(validate('/rights', 'GET', 200, call(backend, 'GET /rights', { persona: 'first-buyer' }).body)).toEqual([])
  })

  it('opens a 29 February birthday in February of a common year (2027), not in March', () => {
    const backend = fixedBackend(Date.parse('2027-03-01T00:30:00+08:00'))
    expect(claim(backend, 'cocreator').body.error.code).toBe('NOT_BIRTHDAY_MONTH')
    expect(gift(backend, 'cocreator').claimWindow.opensAt).toBe('2028-01-31T16:00:00.000Z')
    backend.clock.setNow(Date.parse('2027-02-28T23:00:00+08:00'))
    expect(claim(backend, 'cocreator').status).toBe(200)
  })
})

describe('content', () => {
  it('serves the three seeded pieces as structured data, in the contract', () => {
    const backend = fixedBackend()
    for (const slug of ['getting-started', 'faq', 'early-bird']) {
      const res = call(backend, `GET /content/${slug}`, { persona: 'active' })
      expect([slug, validate('/content/{slug}', 'GET', res.status, res.body)]).toEqual([slug, []])
    }
    expect(call(backend, 'GET /content/nope', { persona: 'active' }).status).toBe(404)
  })

  it('gives each level its own early-bird time: the co-creator first, the explorer at the public time', () => {
    const backend = fixedBackend()
    const item = (persona: string) => call(backend, 'GET /content/early-bird', { persona }).body.content.items[0]
    expect(Date.parse(item('cocreator').opensAt)).toBeLessThan(Date.parse(item('active').opensAt))
    expect(Date.parse(item('active').opensAt)).toBeLessThan(Date.parse(item('active').publicOpensAt))
    expect(item('newcomer').opensAt).toBe(item('newcomer').publicOpensAt)
  })

  it('records a question asked through 有问必答 and lists it back to that member only', () => {
    const backend = fixedBackend()
    const res = call(backend, 'POST /content/faq/questions', { persona: 'active', body: { question: '门店几点开门？' } })
    expect(res.status).toBe(201)
    expect(validate('/content/faq/questions', 'POST', res.status, res.body)).toEqual([])
    expect(call(backend, 'GET /content/faq', { persona: 'active' }).body.content.myQuestions).toEqual([res.body.question])
    expect(call(backend, 'GET /content/faq', { persona: 'newcomer' }).body.content.myQuestions).toEqual([])
    expect(call(backend, 'POST /content/faq/questions', { persona: 'active', body: { question: ' ' } }).status).toBe(400)
  })
})

describe('reminders', () => {
  const DAY = 86_400_000

  it('the at-risk member has the 30-day level reminder due now, and the 7-day one once the clock moves', () => {
    const backend = fixedBackend()
    const first = call(backend, 'GET /me/messages', { persona: 'at-risk' })
    expect(validate('/me/messages', 'GET', first.status, first.body)).toEqual([])
    const level = first.body.messages.filter((m: { topic: string }) => m.topic === 'level-expiry')
    expect(level.map((m: { title: string }) => m.title)).toEqual(['「积极互动」还有 30 天到期'])
    expect(level[0]).toMatchObject({ read: false, pushed: false })

    const expiresAt = Date.parse(call(backend, 'GET /me/growth', { persona: 'at-risk' }).body.levelExpiresAt)
    backend.clock.setNow(expiresAt - 7 * DAY + 60_000)
    const later = call(backend, 'GET /me/messages', { persona: 'at-risk' }).body.messages
    expect(later.filter((m: { topic: string }) => m.topic === 'level-expiry').map((m: { title: string }) => m.title)).toEqual([
      '「积极互动」还有 7 天到期',
      '「积极互动」还有 30 天到期',
    ])
  })

  it('records accepted and refused topics; an accepted topic marks its messages as pushed', () => {
    const backend = fixedBackend()
    const res = call(backend, 'POST /me/subscriptions', { persona: 'at-risk', body: { topics: ['level-expiry'], accepted: true } })
    expect(res.body).toEqual({ subscriptions: { 'level-expiry': true } })
    expect(validate('/me/subscriptions', 'POST', res.status, res.body)).toEqual([])
    expect(call(backend, 'POST /me/subscriptions', { persona: 'at-risk', body: { topics: ['coupon-expiry'], accepted: false } }).body.subscriptions).toEqual({
      'level-expiry': true,
      'coupon-expiry': false,
    })
    const level = call(backend, 'GET /me/messages', { persona: 'at-risk' }).body.messages.find((m: { topic: string }) => m.topic === 'level-expiry')
    expect(level.pushed).toBe(true)
    expect(call(backend, 'POST /me/subscriptions', { persona: 'at-risk', body: { topics: ['spam'], accepted: true } }).status).toBe(400)
  })

  it('marks messages read, one or all, and the unread count follows', () => {
    const backend = fixedBackend()
    const { messages, unread } = call(backend, 'GET /me/messages', { persona: 'at-risk' }).body
    expect(unread).toBe(messages.length)
    const one = call(backend, 'POST /me/messages/read', { persona: 'at-risk', body: { ids: [messages[0].id] } })
    expect(validate('/me/messages/read', 'POST', one.status, one.body)).toEqual([])
    expect(one.body.unread).toBe(unread - 1)
    expect(call(backend, 'POST /me/messages/read', { persona: 'at-risk' }).body.unread).toBe(0)
  })
})

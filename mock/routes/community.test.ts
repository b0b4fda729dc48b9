import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
const SALON = 'ev-pour-over'
const eventOf = (b: Backend, id: string, persona = 'active') =>
  call(b, 'GET /community/events', { persona }).body.events.find((e: { id: string }) => e.id === id)
const signUp = (b: Backend, persona: string, id = SALON) => call(b, `POST /community/events/${id}/registrations`, { persona })
const interactions = (b: Backend, persona = 'active') => call(b, 'GET /me/growth', { persona }).body.totals.interactions

describe('community events', () => {
  it('lists events with time, place or link, seats and my status, as the contract documents', () => {
    const b = fixedBackend()
    const res = call(b, 'GET /community/events')
    expect(res.status).toBe(200)
    expect(validate('/community/events', 'GET', 200, res.body)).toEqual([])
    const salon = eventOf(b, SALON)
    expect(salon).toMatchObject({ seats: 5, seatsLeft: 5, status: 'open', myStatus: 'none', minLevelCode: 'engager' })
    expect(eventOf(b, 'ev-west-lake')).toMatchObject({ status: 'full', seatsLeft: 0 })
    expect(eventOf(b, 'ev-online-tasting').onlineUrl).toMatch(/^https:/)
    expect(eventOf(b, 'ev-latte-art').status).toBe('closed')
  })

  it('seats five of fifteen and waits the rest in order; a cancel promotes the first waiting', () => {
    const b = fixedBackend()
    const answers = Array.from({ length: 15 }, (_, i) => signUp(b, `active~${i + 1}`))
    expect(answers.every((r) => r.status === 201)).toBe(true)
    expect(validate('/community/events/{id}/registrations', 'POST', 201, answers[0].body)).toEqual([])
    expect(answers.filter((r) => r.body.registration.status === 'registered')).toHaveLength(5)
    expect(answers.slice(5).map((r) => r.body.registration.waitlistPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(eventOf(b, SALON, 'active~9')).toMatchObject({ status: 'full', seatsLeft: 0, myStatus: 'waitlisted', waitlistPosition: 4 })

    const cancelled = call(b, `POST /community/events/${SALON}/registrations/cancel`, { persona: 'active~2' })
    expect(cancelled.status).toBe(200)
    expect(eventOf(b, SALON, 'active~6')).toMatchObject({ myStatus: 'registered' })
    expect(eventOf(b, SALON, 'active~7')).toMatchObject({ myStatus: 'waitlisted', waitlistPosition: 1 })
  })

  it('refuses a second sign-up, a level too low, an unknown event and one that has started', () => {
    const b = fixedBackend()
    expect(signUp(b, 'active').status).toBe(201)
    expect(signUp(b, 'active')).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_REGISTERED' } } })
    const low = signUp(b, 'first-buyer')
    expect(low).toMatchObject({ status: 403, body: { error: { code: 'LEVEL_TOO_LOW' } } })
    expect(validate('/community/events/{id}/registrations', 'POST', 403, low.body)).toEqual([])
    expect(signUp(b, 'active', '__proto__')).toMatchObject({ status: 404 })
    expect(signUp(b, 'active', 'ev-latte-art')).toMatchObject({ status: 410, body: { error: { code: 'CLOSED' } } })
    expect(call(b, `POST /community/events/${SALON}/registrations`, { body: [1] }).status).toBe(400)
    expect(call(b, 'POST /community/events/ev-west-lake/registrations/cancel')).toMatchObject({ status: 409, body: { error: { code: 'NOT_REGISTERED' } } })
  })

  it('the counter checks a registered member in once by eventId: one interaction', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const code = () => call(b, 'POST /me/code').body.code as string
    const checkIn = (key: string, eventId = SALON) => call(b, 'POST /staff/check-ins', { token, body: { memberCode: code(), eventId, idempotencyKey: key } })
    expect(checkIn('event-key-0')).toMatchObject({ status: 409, body: { error: { code: 'NOT_REGISTERED' } } })
    signUp(b, 'active')
    const before = interactions(b)
    const first = checkIn('event-key-1')
    expect(first.status).toBe(201)
    expect(first.body.checkIn).toMatchObject({ eventId: SALON, storeId: 's-jingan' })
    expect(validate('/staff/check-ins', 'POST', 201, first.body)).toEqual([])
    expect(interactions(b)).toBe(before + 1)
    expect(checkIn('event-key-2')).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_CHECKED_IN' } } })
    expect(eventOf(b, SALON).myStatus).toBe('attended')
    expect(checkIn('event-key-3', 'no-such')).toMatchObject({ status: 404 })
  })
})

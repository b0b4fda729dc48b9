import { call, FIXED_NOW, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

const DAY = 24 * 60 * 60 * 1000
const inviteOf = (backend: ReturnType<typeof fixedBackend>, persona: string, id: string) =>
  call(backend, 'GET /invites', { persona }).body.invites.find((i: { id: string }) => i.id === id)

describe('GET /invites', () => {
  it('seeds active with a pending workshop invite and a past one', () => {
    const res = call(fixedBackend(), 'GET /invites', { persona: 'active' })
    expect(res.status).toBe(200)
    const byId = Object.fromEntries(res.body.invites.map((i: { id: string; status: string }) => [i.id, i]))
    expect(byId['inv-spring-workshop']).toMatchObject({ kind: 'workshop', status: 'pending', capacity: 20, seatsLeft: 12 })
    expect(byId['inv-spring-workshop'].fromStaff).toEqual({ name: '林然', title: '产品共创经理' })
    expect(byId['inv-autumn-content'].status).toBe('expired')
  })

  it('seeds cocreator with a full beta test that has a waitlist', () => {
    const beta = inviteOf(fixedBackend(), 'cocreator', 'inv-beta-earbuds')
    expect(beta).toMatchObject({ kind: 'beta_test', status: 'pending', capacity: 12, seatsLeft: 0 })
  })

  it('newcomers have no invites', () => {
    expect(call(fixedBackend(), 'GET /invites', { persona: 'newcomer' }).body.invites).toEqual([])
  })
})

describe('POST /invites/{id}/response', () => {
  it('accepts with a slot, then a second accept is 409 ALREADY_ANSWERED', () => {
    const backend = fixedBackend()
    const res = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    expect(res.status).toBe(200)
    expect(res.body.invite).toMatchObject({ status: 'accepted', slotId: 'sat-pm', seatsLeft: 11 })
    const again = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_ANSWERED'])
  })

  it('asks for a slot when there are several (422), and rejects an unknown slot or body (400)', () => {
    const backend = fixedBackend()
    const none = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true } })
    expect([none.status, none.body.error.code]).toEqual([422, 'SLOT_REQUIRED'])
    const unknown = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'x' } })
    expect(unknown.status).toBe(400)
    for (const body of [{}, { accept: 'yes' }, { accept: true, extra: 1 }, 'nope']) {
      expect(call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body }).status).toBe(400)
    }
    expect(call(backend, 'POST /invites/nope/response', { persona: 'active', body: { accept: true } }).status).toBe(404)
  })

  it('a decline is final', () => {
    const backend = fixedBackend()
    expect(call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: false } }).body.invite.status).toBe('declined')
    const res = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    expect([res.status, res.body.error.code]).toEqual([409, 'ALREADY_ANSWERED'])
  })

  it('a full activity puts the member on the waitlist with a position', () => {
    const res = call(fixedBackend(), 'POST /invites/inv-beta-earbuds/response', { persona: 'cocreator', body: { accept: true } })
    expect(res.body.invite).toMatchObject({ status: 'waitlisted', waitlistPosition: 3, seatsLeft: 0 })
  })

  it('after the deadline by the backend clock answering is 410 EXPIRED', () => {
    const backend = fixedBackend()
    call(backend, 'GET /invites', { persona: 'active' })
    call(backend, 'POST /mock/clock', { body: { now: new Date(FIXED_NOW + 6 * DAY).toISOString() } })
    const res = call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    expect([res.status, res.body.error.code]).toEqual([410, 'EXPIRED'])
    expect(inviteOf(backend, 'active', 'inv-spring-workshop').status).toBe('expired')
  })

  it('gates by level: an engager copy cannot accept a co-creator invite', () => {
    const backend = fixedBackend()
    // cocreator~4 is set back to an engager who lacks the shares and was never invited.
    call(backend, 'GET /invites', { persona: 'cocreator~4' })
    const member = backend.member({ key: 'cocreator~4', personaId: 'cocreator', copy: 4 })
    member.held = { ...member.held, levelCode: 'engager', invitedTo: [] }
    member.ledger = member.ledger.filter((e) => e.type !== 'share')
    const res = call(backend, 'POST /invites/inv-vip-salon/response', { persona: 'cocreator~4', body: { accept: true } })
    expect([res.status, res.body.error.code]).toEqual([403, 'LEVEL_TOO_LOW'])
  })

  it('cancelling an accepted seat promotes the first on the waitlist', () => {
    const backend = fixedBackend()
    const accept = (persona: string) => call(backend, 'POST /invites/inv-vip-salon/response', { persona, body: { accept: true } })
    for (let n = 1; n <= 6; n++) accept(`cocreator~${n}`)
    expect(inviteOf(backend, 'cocreator~6', 'inv-vip-salon')).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    call(backend, 'POST /invites/inv-vip-salon/response', { persona: 'cocreator~2', body: { accept: false } })
    expect(inviteOf(backend, 'cocreator~6', 'inv-vip-salon')).toMatchObject({ status: 'accepted', seatsLeft: 0 })
    expect(inviteOf(backend, 'cocreator~2', 'inv-vip-salon').status).toBe('declined')
  })
})

describe('the level-up invitation', () => {
  const driveToTop = (backend: ReturnType<typeof fixedBackend>, persona: string) => {
    call(backend, 'POST /mock/events', { persona, body: { type: 'purchase', amountFen: 65_000 } })
    call(backend, 'POST /mock/events', { persona, body: { type: 'share', count: 8 } })
  }
  const levelUp = (backend: ReturnType<typeof fixedBackend>, persona: string) =>
    call(backend, 'GET /invites', { persona }).body.invites.filter((i: { kind: string }) => i.kind === 'level_up')

  it('is issued once the member meets the criteria, and accepting it makes them 核心共创', () => {
    const backend = fixedBackend()
    expect(levelUp(backend, 'active~1')).toEqual([])
    driveToTop(backend, 'active~1')
    const [invite] = levelUp(backend, 'active~1')
    expect(invite).toMatchObject({ status: 'pending', fromStaff: { name: '周雯' } })
    expect(levelUp(backend, 'active~1')).toHaveLength(1)
    const res = call(backend, `POST /invites/${invite.id}/response`, { persona: 'active~1', body: { accept: true } })
    expect(res.body.invite.status).toBe('accepted')
    const growth = call(backend, 'GET /me/growth', { persona: 'active~1' }).body
    expect([growth.levelCode, growth.awaitingInvite]).toEqual(['cocreator', false])
    expect(call(backend, 'GET /me', { persona: 'active~1' }).body.member.levelCode).toBe('cocreator')
  })

  it('once accepted, a no is refused 409 ALREADY_ACCEPTED and the level stays, also after the deadline', () => {
    const backend = fixedBackend()
    driveToTop(backend, 'active~3')
    const [invite] = levelUp(backend, 'active~3')
    expect(call(backend, `POST /invites/${invite.id}/response`, { persona: 'active~3', body: { accept: true } }).status).toBe(200)
    const cancel = () => call(backend, `POST /invites/${invite.id}/response`, { persona: 'active~3', body: { accept: false } })
    expect(cancel()).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_ACCEPTED', message: expect.stringMatching(/[\u4e00-\u9fff]/) } } })
    expect(validate('/invites/{id}/response', 'POST', 409, cancel().body)).toEqual([])
    expect(levelUp(backend, 'active~3')[0].status).toBe('accepted')
    expect(call(backend, 'GET /me', { persona: 'active~3' }).body.member.levelCode).toBe('cocreator')
    call(backend, 'POST /mock/clock', { body: { now: new Date(Date.parse(invite.respondBy) + DAY).toISOString() } })
    expect(cancel().body.error.code).toBe('ALREADY_ACCEPTED')
    expect(call(backend, 'GET /me/growth', { persona: 'active~3' }).body.levelCode).toBe('cocreator')
  })

  it('declining keeps the member eligible and says when a new invitation comes', () => {
    const backend = fixedBackend()
    driveToTop(backend, 'active~2')
    const [invite] = levelUp(backend, 'active~2')
    const res = call(backend, `POST /invites/${invite.id}/response`, { persona: 'active~2', body: { accept: false } })
    expect(res.body.invite).toMatchObject({ status: 'declined', reissueAfter: new Date(FIXED_NOW + 30 * DAY).toISOString() })
    expect(call(backend, 'GET /me/growth', { persona: 'active~2' }).body).toMatchObject({ levelCode: 'engager', awaitingInvite: true })
    expect(levelUp(backend, 'active~2')).toHaveLength(1)
    call(backend, 'POST /mock/clock', { body: { now: new Date(FIXED_NOW + 31 * DAY).toISOString() } })
    expect(levelUp(backend, 'active~2').map((i: { status: string }) => i.status).sort()).toEqual(['declined', 'pending'])
  })
})

describe('POST /mock/invites/{id}/attend', () => {
  it('credits one interaction once, only for an accepted invite', () => {
    const backend = fixedBackend()
    const attend = () => call(backend, 'POST /mock/invites/inv-spring-workshop/attend', { persona: 'active' })
    expect(attend().status).toBe(409)
    call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sun-am' } })
    const before = call(backend, 'GET /me/growth', { persona: 'active' }).body.totals.interactions
    const res = attend()
    expect(res.status).toBe(200)
    expect(res.body.invite.attendedAt).toBeDefined()
    expect(call(backend, 'GET /me/growth', { persona: 'active' }).body.totals.interactions).toBe(before + 1)
    expect(attend().body.error.code).toBe('ALREADY_ATTENDED')
  })
})

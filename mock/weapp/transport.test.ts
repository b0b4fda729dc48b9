import { call, fixedBackend } from '../test-support/call'
import { parseRequestUrl } from './parse-url'
import { loadTesterTools } from './tester-tools'
import { createInProcessTransport } from './transport'

// Runs first: the in-process route table is module state, and the tools' routes stay once added.
describe('the testers’ tools in the in-process backend', () => {
  it('answer their endpoints and apply scenarios once the tester console or store counter page has loaded them, not before', async () => {
    const request = createInProcessTransport(fixedBackend())
    const event = { url: '/api/v1/mock/events', method: 'POST', header: { 'x-persona': 'newcomer' }, data: { type: 'share' } }
    const staff = { url: '/api/v1/auth/staff', method: 'POST', data: { storeId: 's-hubin', pin: '2468' } }
    expect((await request(event)).statusCode).toBe(404)
    expect((await request(staff)).statusCode).toBe(404)
    const down = { url: '/api/v1/me', header: { 'x-mock-scenario': 'down' } }
    expect((await request(down)).statusCode).toBe(200)
    loadTesterTools()
    loadTesterTools()
    expect((await request(event)).statusCode).toBe(200)
    expect((await request(staff)).statusCode).toBe(200)
    expect((await request(down)).statusCode).toBe(503)
  })
})

describe('createInProcessTransport', () => {
  beforeAll(() => loadTesterTools())

  it('passes Authorization through to the staff-only redemption and dates answers by the backend clock', async () => {
    const backend = fixedBackend()
    const request = createInProcessTransport(backend)
    const signIn = await request({ url: '/api/v1/auth/staff', method: 'POST', data: { storeId: 's-hubin', pin: '2468' } })
    const { token } = signIn.data as { token: string }
    const body = { code: '4000000000000002', storeId: 's-jingan', idempotencyKey: 'weapp-staff-0001' }
    expect((await request({ url: '/api/v1/redemptions', method: 'POST', data: body })).statusCode).toBe(401)
    expect((await request({ url: '/api/v1/redemptions', method: 'POST', data: body, header: { Authorization: `Bearer ${token}` } })).statusCode).toBe(403)
    expect(signIn.header.date).toBe(new Date(backend.now()).toUTCString())
  })

  it('answers relative and absolute urls in Taro.request’s shape', async () => {
    const request = createInProcessTransport(fixedBackend())
    const relative = await request({ url: '/api/v1/me', header: { 'X-Persona': 'cocreator' } })
    expect(relative).toMatchObject({ statusCode: 200, data: { member: { levelCode: 'cocreator' } } })
    expect(relative.header['content-type']).toBe('application/json')
    const absolute = await request({ url: 'https://api.example.com:8443/api/v1/me/growth/events?limit=2#x' })
    expect(absolute.data).toMatchObject({ events: [{}, {}] })
  })

  it('sends a GET’s data as query parameters and a POST’s as the body', async () => {
    const request = createInProcessTransport(fixedBackend())
    const page = await request({ url: '/api/v1/me/growth/events', data: { limit: 3 } })
    expect((page.data as { events: unknown[] }).events).toHaveLength(3)
    const posted = await request({ url: '/api/v1/mock/events', method: 'POST', header: { 'x-persona': 'newcomer' }, data: { type: 'purchase', amountFen: 100 } })
    expect(posted.data).toMatchObject({ levelCode: 'experiencer' })
    const fromString = await request({ url: '/api/v1/mock/events', method: 'POST', data: '{"type":"share"}' })
    expect(fromString.statusCode).toBe(200)
    expect((await request({ url: '/api/v1/mock/events', method: 'POST', data: '{oops' })).statusCode).toBe(400)
  })

  it('hands out copies, so the app cannot edit backend state', async () => {
    const backend = fixedBackend()
    const request = createInProcessTransport(backend)
    const res = await request({ url: '/api/v1/me/growth/events?limit=50' })
    ;(res.data as { events: { title: string }[] }).events[0].title = 'hacked'
    const input = { type: 'share' }
    await request({ url: '/api/v1/mock/events', method: 'POST', data: input })
    input.type = 'purchase'
    const again = call(backend, 'GET /me/growth/events?limit=1').body
    expect(again.events[0]).toMatchObject({ type: 'share' })
    expect(JSON.stringify(call(backend, 'GET /me/growth/events?limit=50').body)).not.toContain('hacked')
  })

  it('honours the slow scenario’s delay, and a shorter timeout rejects like Taro', async () => {
    jest.useFakeTimers()
    try {
      const request = createInProcessTransport(fixedBackend())
      let settled = false
      const slow = request({ url: '/api/v1/me', header: { 'x-mock-scenario': 'slow' } }).then((r) => {
        settled = true
        return r
      })
      await jest.advanceTimersByTimeAsync(1999)
      expect(settled).toBe(false)
      await jest.advanceTimersByTimeAsync(500)
      expect((await slow).statusCode).toBe(200)

      const timedOut = request({ url: '/api/v1/me', header: { 'x-mock-scenario': 'slow' }, timeout: 500 })
      const assertion = expect(timedOut).rejects.toMatchObject({ errMsg: 'request:fail timeout' })
      await jest.advanceTimersByTimeAsync(500)
      await assertion
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('timeout and per-path scenarios in-process', () => {
  it('never answers within the app’s time-out, rejecting like Taro and clearing its timer', async () => {
    jest.useFakeTimers()
    try {
      const request = createInProcessTransport(fixedBackend())
      const held = request({ url: '/api/v1/coupons', header: { 'x-mock-scenario': 'timeout@/coupons' }, timeout: 8000 })
      const assertion = expect(held).rejects.toMatchObject({ errMsg: 'request:fail timeout' })
      await jest.advanceTimersByTimeAsync(8000)
      await assertion
      expect(jest.getTimerCount()).toBe(0)
      const other = await request({ url: '/api/v1/me', header: { 'x-mock-scenario': 'timeout@/coupons,down@/levels' } })
      expect(other.statusCode).toBe(200)
      const levels = await request({ url: '/api/v1/levels', header: { 'x-mock-scenario': 'timeout@/coupons,down@/levels' } })
      expect([levels.statusCode, levels.header['x-mock-applied']]).toEqual([503, 'down@/levels'])
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('parseRequestUrl', () => {
  it('parses paths and queries without URL', () => {
    expect(parseRequestUrl('http://127.0.0.1:3100/api/v1/x?a=1&b=%E4%B8%AD+%E6%96%87&c')).toEqual({
      path: '/api/v1/x',
      query: { a: '1', b: '中 文', c: '' },
    })
    expect(parseRequestUrl('api/v1/me?bad=%E4')).toEqual({ path: '/api/v1/me', query: { bad: '%E4' } })
  })
})

describe('Idempotency-Key in-process', () => {
  it('replays the first answer to an invite and answers once', async () => {
    const backend = fixedBackend()
    const request = createInProcessTransport(backend)
    const answer = () =>
      request({
        url: '/api/v1/invites/inv-spring-workshop/response',
        method: 'POST',
        header: { 'Idempotency-Key': 'weapp-answer-1' },
        data: { accept: true, slotId: 'sat-pm' },
      })
    const first = await answer()
    const again = await answer()
    expect(first.statusCode).toBe(200)
    expect(again).toEqual(first)
    const invite = call(backend, 'GET /invites').body.invites.find((i: { id: string }) => i.id === 'inv-spring-workshop')
    expect(invite).toMatchObject({ status: 'accepted', seatsLeft: 11 })
  })
})

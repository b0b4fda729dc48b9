import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { request } from '../request'
import { Instant } from './common'
import { CouponsResponse } from './coupons'
import { GrowthEventsResponse } from './growth'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('Instant: any RFC 3339 instant the contract allows', () => {
  it.each([
    ['2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000Z'],
    ['2026-11-23T08:00:00.123456Z', '2026-11-23T08:00:00.123Z'], // microseconds (Postgres, Python)
    ['2026-11-23T08:00:00.123456789Z', '2026-11-23T08:00:00.123Z'], // nanoseconds (Go, Java)
    ['2026-11-23T16:00:00+08:00', '2026-11-23T08:00:00.000Z'],
    ['2026-11-23T16:00:00.5+08:00', '2026-11-23T08:00:00.500Z'],
    ['2026-11-23T03:00:00.000001-05:00', '2026-11-23T08:00:00.000Z'],
  ])('%s is read as %s (UTC with milliseconds)', (wire, kept) => {
    expect(v.parse(Instant, wire)).toBe(kept)
  })

  it.each(['2026-11-23 08:00:00', '2026-11-23T08:00:00', '2026-02-30T08:00:00Z', '2026-11-23T08:00:00.1234567890Z', '2026-11-23'])('refuses %s', (wire) => {
    expect(v.safeParse(Instant, wire).success).toBe(false)
  })
})

test('a backend that writes microseconds and +08:00 is read, not reported as broken data', async () => {
  const coupon = {
    id: 'c-1',
    templateId: 't-1',
    title: '满 50 减 10',
    kind: 'amount_off',
    valueFen: 1000,
    status: 'available',
    claimedAt: '2026-11-23T16:00:00.123456+08:00',
    validFrom: '2026-11-23T08:00:00.123456789Z',
    validUntil: '2026-11-30T23:59:59.999999+08:00',
    storeIds: ['s-jingan'],
    instructions: '到店出示',
  }
  server.use(
    http.get('*/api/v1/coupons', () => HttpResponse.json({ coupons: [coupon] })),
    http.get('*/api/v1/me/growth/events', () =>
      HttpResponse.json({ events: [{ id: 'e-1', type: 'share', title: '分享', occurredAt: '2026-11-23T08:00:00.000001Z' }], nextCursor: null }),
    ),
  )
  const { coupons } = await request({ path: '/coupons', schema: CouponsResponse })
  expect(coupons[0]).toMatchObject({ claimedAt: '2026-11-23T08:00:00.123Z', validFrom: '2026-11-23T08:00:00.123Z', validUntil: '2026-11-30T15:59:59.999Z' })
  const { events } = await request({ path: '/me/growth/events', schema: GrowthEventsResponse })
  expect(events[0].occurredAt).toBe('2026-11-23T08:00:00.000Z')
})

import { server } from '../node'
import { resetMockBackend } from '../handlers'

/**
 * GET /me/growth/events carries, for every month its page touches, the whole month's totals
 * (Shanghai calendar, refunds netted): what the growth record heads each month with.
 */
const BASE = 'http://localhost/api/v1'
const PERSONA = 'newcomer~31'

type Event = { type: string; amountFen?: number; occurredAt: string }
type Month = { month: string; spendFen: number; interactions: number; shares: number }
type Page = { events: Event[]; nextCursor: string | null; months: Month[] }

async function post(path: string, body: unknown) {
  const res = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-persona': PERSONA }, body: JSON.stringify(body) })
  expect(res.status).toBeLessThan(300)
}
async function page(cursor: string | null, limit: number): Promise<Page> {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) })
  return (await fetch(`${BASE}/me/growth/events?${query}`, { headers: { 'x-persona': PERSONA } }).then((r) => r.json())) as Page
}

/** The month of an instant in Shanghai, worked out independently of the code under test. */
const shanghaiMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7)

/** What a month's records add up to, once all of them are loaded (refunds here are same-month). */
function sumOf(events: Event[], month: string): Omit<Month, 'month'> {
  const mine = events.filter((e) => shanghaiMonth(e.occurredAt) === month)
  return {
    spendFen: mine.reduce((n, e) => n + (e.type === 'purchase' ? (e.amountFen ?? 0) : e.type === 'refund' ? -(e.amountFen ?? 0) : 0), 0),
    interactions: mine.filter((e) => e.type === 'interaction').length,
    shares: mine.filter((e) => e.type === 'share').length,
  }
}

describe('month totals on the growth events page', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => void resetMockBackend())
  afterAll(() => server.close())

  it('heads each month of a page with the whole month, across page boundaries, refund netted, Shanghai months', async () => {
    // Last minute of November in Shanghai (15:59Z), then its first of December (16:00Z).
    await post('/mock/clock', { now: '2026-11-30T15:58:00Z' })
    await post('/mock/events', { type: 'purchase', amountFen: 30_000 })
    await post('/mock/events', { type: 'interaction', count: 12 })
    await post('/mock/events', { type: 'refund', amountFen: 10_000 })
    await post('/mock/clock', { now: '2026-11-30T16:00:00Z' })
    await post('/mock/events', { type: 'purchase', amountFen: 5_000 })
    await post('/mock/events', { type: 'share', count: 2 })

    const first = await page(null, 5)
    expect(first.nextCursor).not.toBeNull()
    // The first page holds only part of November, but its header is already the whole month.
    expect(first.months.map((m) => m.month)).toEqual([...new Set(first.events.map((e) => shanghaiMonth(e.occurredAt)))])
    const november = first.months.find((m) => m.month === '2026-11')
    const december = first.months.find((m) => m.month === '2026-12')
    expect(december).toMatchObject({ spendFen: 5_000, shares: 2 })
    expect(november).toMatchObject({ spendFen: 20_000 })

    const all = [...first.events]
    const laterNovembers = []
    for (let cursor = first.nextCursor; cursor; ) {
      const next = await page(cursor, 5)
      all.push(...next.events)
      laterNovembers.push(...next.months.filter((m) => m.month === '2026-11'))
      cursor = next.nextCursor
    }
    // A later page agrees with the first about a month they share (and some page does share it).
    expect(laterNovembers.length).toBeGreaterThan(0)
    expect(laterNovembers).toEqual(laterNovembers.map(() => november))
    expect(all.filter((e) => shanghaiMonth(e.occurredAt) === '2026-11').length).toBeGreaterThan(5)
    expect(november).toEqual({ month: '2026-11', ...sumOf(all, '2026-11') })
    expect(december).toEqual({ month: '2026-12', ...sumOf(all, '2026-12') })
  })
})

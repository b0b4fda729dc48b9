import { server } from '@mock/node'
import { showScreen, withMockBackend } from '../support/screen'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { GrowthRecordScreen } from '@/features/growth-path'
import { setPersona } from '@/services/mock-session'

withMockBackend()

const PERSONA = 'newcomer~17'
const BASE = 'http://localhost/api/v1'
const post = (path: string, body: unknown) =>
  fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-persona': PERSONA }, body: JSON.stringify(body) })

type Event = { type: string; amountFen?: number; occurredAt: string }
const shanghaiMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7)

/** Every event of the member, all pages, straight from the API. */
async function allEvents(): Promise<Event[]> {
  const out: Event[] = []
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page = (await fetch(`${BASE}/me/growth/events?limit=50${query}`, { headers: { 'x-persona': PERSONA } }).then((r) => r.json())) as {
      events: Event[]
      nextCursor: string | null
    }
    out.push(...page.events)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

test('each month header shows the whole month from the first page on, not just the loaded rows', async () => {
  // November's last Shanghai minutes get 25 interactions, a purchase and a same-month refund;
  // December (from 16:00Z) one purchase. The first page of 20 cannot hold all of November.
  await post('/mock/clock', { now: '2026-11-30T15:58:00Z' })
  await post('/mock/events', { type: 'purchase', amountFen: 30_000 })
  await post('/mock/events', { type: 'interaction', count: 25 })
  await post('/mock/events', { type: 'refund', amountFen: 10_000 })
  await post('/mock/clock', { now: '2026-11-30T16:00:00Z' })
  await post('/mock/events', { type: 'purchase', amountFen: 5_000 })
  const november = (await allEvents()).filter((e) => shanghaiMonth(e.occurredAt) === '2026-11')
  const interactions = november.filter((e) => e.type === 'interaction').length
  expect(interactions).toBeGreaterThanOrEqual(25)

  setPersona(PERSONA)
  showScreen(<GrowthRecordScreen />)
  const header = await screen.findByTestId('record-month-2026-11')
  // Only part of November is on screen yet…
  expect(screen.getAllByTestId('growth-event')).toHaveLength(20)
  expect(screen.getByTestId('record-footer')).toHaveTextContent('上滑加载更多')
  // …but its header is the whole month: ¥300 bought, ¥100 refunded.
  expect(header).toHaveTextContent(`2026年11月 · 消费 ¥200 · 互动 ${interactions} 次 · 分享 0 次`)
  expect(screen.getByTestId('record-month-2026-12')).toHaveTextContent('2026年12月 · 消费 ¥50 · 互动 0 次 · 分享 0 次')
  expect(screen.queryByText(/已加载部分/)).not.toBeInTheDocument()
  expect(screen.getByTestId('refund-note')).toHaveTextContent('退款计入原消费所在的月份')
})

test('without month totals from the backend the oldest loaded month is marked partial, as before', async () => {
  const events = [
    { id: 'e2', type: 'purchase', amountFen: 12_800, title: '门店消费 ¥128', occurredAt: '2026-11-20T04:00:00Z' },
    { id: 'e1', type: 'interaction', title: '签到', occurredAt: '2026-10-20T04:00:00Z' },
  ]
  // November has its summary, October (continuing on the next page) does not.
  const months = [{ month: '2026-11', spendFen: 99_900, interactions: 3, shares: 1 }]
  server.use(http.get('*/api/v1/me/growth/events', () => HttpResponse.json({ events, nextCursor: 'more', months })))
  setPersona(PERSONA)
  showScreen(<GrowthRecordScreen />)
  expect(await screen.findByTestId('record-month-2026-10')).toHaveTextContent('2026年10月 · 已加载部分：消费 ¥0 · 互动 1 次 · 分享 0 次')
  expect(screen.getByTestId('record-month-2026-11')).toHaveTextContent('2026年11月 · 消费 ¥999 · 互动 3 次 · 分享 1 次')
})

test('a garbled month list is ignored, not a failed page', async () => {
  const events = [{ id: 'e1', type: 'purchase', amountFen: 12_800, title: '门店消费 ¥128', occurredAt: '2026-11-20T04:00:00Z' }]
  server.use(http.get('*/api/v1/me/growth/events', () => HttpResponse.json({ events, nextCursor: 'more', months: 'not-a-list' })))
  setPersona(PERSONA)
  showScreen(<GrowthRecordScreen />)
  expect(await screen.findByTestId('record-month-2026-11')).toHaveTextContent('2026年11月 · 已加载部分：消费 ¥128 · 互动 0 次 · 分享 0 次')
})

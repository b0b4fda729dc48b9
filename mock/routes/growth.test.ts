import { call, fixedBackend } from '../test-support/call'

type Event = { id: string; occurredAt: string }

function pageThrough(backend = fixedBackend(), persona = 'active', limit = '7') {
  const seen: Event[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const res = call(backend, 'GET /me/growth/events', { persona, query: cursor ? { cursor, limit } : { limit } })
    expect(res.status).toBe(200)
    seen.push(...res.body.events)
    cursor = res.body.nextCursor
    pages += 1
  } while (cursor && pages < 100)
  return { seen, pages }
}

describe('GET /me/growth/events', () => {
  it('pages through every event newest first, without gaps or duplicates', () => {
    const backend = fixedBackend()
    const { seen, pages } = pageThrough(backend)
    const total = 7 + 86 + 12 // active: purchases and a refund, interactions, shares
    expect(seen).toHaveLength(total)
    expect(new Set(seen.map((e) => e.id)).size).toBe(total)
    expect(pages).toBe(Math.ceil(total / 7))
    const times = seen.map((e) => Date.parse(e.occurredAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('defaults to 20, reads above 50 as 50 and ends with a null cursor', () => {
    const backend = fixedBackend()
    expect(call(backend, 'GET /me/growth/events').body.events).toHaveLength(20)
    expect(call(backend, 'GET /me/growth/events?limit=500').body.events).toHaveLength(50)
    expect(call(backend, 'GET /me/growth/events', { persona: 'newcomer' }).body).toMatchObject({ nextCursor: null })
  })

  it('events appended while paging neither shift nor repeat the older pages', () => {
    const backend = fixedBackend()
    const first = call(backend, 'GET /me/growth/events?limit=10').body
    call(backend, 'POST /mock/events', { body: { type: 'interaction', count: 5 } })
    const second = call(backend, 'GET /me/growth/events', { query: { limit: '10', cursor: first.nextCursor } }).body
    const ids = [...first.events, ...second.events].map((e: Event) => e.id)
    expect(new Set(ids).size).toBe(20)
    expect(Date.parse(second.events[0].occurredAt)).toBeLessThanOrEqual(Date.parse(first.events[9].occurredAt))
  })

  it.each([['limit=0'], ['limit=-1'], ['limit=abc'], ['limit=2.5'], ['cursor=zz'], ['cursor=6162'], ['cursor=%E4%B8%AD']])(
    'answers 400 BAD_REQUEST for %s',
    (query) => {
      const res = call(fixedBackend(), `GET /me/growth/events?${query}`)
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('BAD_REQUEST')
    },
  )

  it('shows purchase amounts and Chinese titles', () => {
    const { seen } = pageThrough(fixedBackend(), 'first-buyer', '50')
    expect(seen.find((e) => (e as { type?: string }).type === 'purchase')).toMatchObject({
      amountFen: 12_900,
      title: '门店消费 · 上海静安店',
    })
  })
})

describe('GET /me/growth', () => {
  it('shows first-buyer one progress bar per engager dimension', () => {
    const body = call(fixedBackend(), 'GET /me/growth', { persona: 'first-buyer' }).body
    expect(body).toMatchObject({ levelCode: 'experiencer', nextLevelCode: 'engager', eligibleForNext: false, awaitingInvite: false })
    expect(body.progress).toEqual([
      { dimension: 'spendFen', current: 12_900, target: 200_000 },
      { dimension: 'interactions', current: 3, target: 30 },
      { dimension: 'shares', current: 0, target: 5 },
    ])
  })

  it('reports the rolling window ending now', () => {
    const backend = fixedBackend()
    const body = call(backend, 'GET /me/growth').body
    expect(Date.parse(body.window.to)).toBe(backend.now())
    expect(Date.parse(body.window.to) - Date.parse(body.window.from)).toBeGreaterThan(364 * 86_400_000)
  })
})

describe('GET /levels', () => {
  it('publishes the four levels in rank order', () => {
    const body = call(fixedBackend(), 'GET /levels').body
    expect(body.levels.map((l: { code: string }) => l.code)).toEqual(['explorer', 'experiencer', 'engager', 'cocreator'])
    expect(body.levels[0].criteria).toBeNull()
    expect(body.levels[3]).toMatchObject({ requiresInvite: true, criteria: { mode: 'all', spendFen: 800_000 } })
  })
})

import { PERSONA_IDS } from '../personas'
import { call, fixedBackend } from '../test-support/call'

const DAY = 24 * 60 * 60 * 1000
const iso = (ms: number) => new Date(ms).toISOString()

/** Moves the backend clock and reads `/me/growth` as that member then. */
function growthAt(backend: ReturnType<typeof fixedBackend>, persona: string, at: number) {
  expect(call(backend, 'POST /mock/clock', { body: { now: iso(at) } }).status).toBe(200)
  const res = call(backend, 'GET /me/growth', { persona })
  expect(res.status).toBe(200)
  return res.body
}

describe('the retention panel keeps its promise when the backend clock passes the expiry', () => {
  it('an engager whose counted activity leaves the window by expiry is warned, then downgraded as warned', () => {
    const backend = fixedBackend()
    const persona = 'newcomer~7'
    const day0 = Date.parse('2026-01-05T02:00:00Z')
    const post = (at: number, body: object) => {
      expect(call(backend, 'POST /mock/clock', { body: { now: iso(at) } }).status).toBe(200)
      const res = call(backend, 'POST /mock/events', { persona, body })
      expect(res.status).toBe(200)
      return res.body
    }
    post(day0, { type: 'purchase', amountFen: 100 })
    post(day0, { type: 'interaction', count: 25 })
    expect(post(day0 + DAY, { type: 'interaction', count: 5 }).levelCode).toBe('engager')
    const afterDay200 = post(day0 + 200 * DAY, { type: 'interaction', count: 10 })
    const expiresAt = Date.parse(afterDay200.levelExpiresAt)

    const tenDaysBefore = growthAt(backend, persona, expiresAt - 10 * DAY)
    expect(tenDaysBefore.levelCode).toBe('engager')
    expect(tenDaysBefore.retention.atRisk).toBe(true)
    expect(tenDaysBefore.retention.needed.length).toBeGreaterThan(0)

    const justAfter = growthAt(backend, persona, expiresAt + 60_000)
    expect(justAfter.levelCode).toBe('experiencer')
  })

  it.each(PERSONA_IDS.map((id) => [id]))('%s: held past the expiry exactly when the panel said it was not at risk', (id) => {
    const backend = fixedBackend()
    const persona = `${id}~3`
    const first = call(backend, 'GET /me/growth', { persona }).body
    if (first.levelExpiresAt === null) {
      expect(first.levelCode).toBe('explorer')
      expect(first.retention.atRisk).toBe(false)
      return
    }
    const expiresAt = Date.parse(first.levelExpiresAt)
    const before = growthAt(backend, persona, expiresAt - 60_000)
    expect(before.levelExpiresAt).toBe(first.levelExpiresAt)
    const after = growthAt(backend, persona, expiresAt + 60_000)
    const held = after.levelCode === before.levelCode
    expect({ id, held }).toEqual({ id, held: !before.retention.atRisk })
    // A level held past its expiry is held for a new term: its expiry moves on.
    expect({ held, extended: held && Date.parse(after.levelExpiresAt) > expiresAt }).toEqual({ held, extended: held })
  })
})

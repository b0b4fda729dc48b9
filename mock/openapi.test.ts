import { PERSONA_IDS } from './personas'
import { startMockServer } from './server/start-mock-server'
import { call, fixedBackend } from './test-support/call'
import { createResponseValidator, loadOpenApi } from './test-support/openapi-validator'

const validate = createResponseValidator()

/** Every read endpoint a persona sees, as [contract path, request]. */
const READS = [
  ['/levels', '/levels'],
  ['/me', '/me'],
  ['/me/growth', '/me/growth'],
  ['/me/growth/events', '/me/growth/events?limit=50'],
  ['/invites', '/invites'],
  ['/content/{slug}', '/content/getting-started'],
  ['/content/{slug}', '/content/faq'],
  ['/content/{slug}', '/content/early-bird'],
  ['/me/messages', '/me/messages'],
  ['/cocreation/tasks', '/cocreation/tasks'],
  ['/me/cocreation', '/me/cocreation'],
  ['/community/events', '/community/events'],
  ['/posts', '/posts?scope=featured'],
  ['/posts', '/posts?scope=mine'],
  ['/me/referrals', '/me/referrals'],
  ['/ideas', '/ideas'],
  ['/me/level-gifts', '/me/level-gifts'],
  ['/me/value', '/me/value'],
  ['/me/journey', '/me/journey'],
  ['/me/ratings/pending', '/me/ratings/pending'],
] as const

describe('openapi.yaml', () => {
  it('is an OpenAPI 3.1 document describing every implemented route', () => {
    const doc = loadOpenApi()
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/levels',
        '/auth/wechat',
        '/auth/sms',
        '/auth/phone',
        '/members',
        '/me',
        '/me/growth',
        '/me/growth/events',
        '/mock/clock',
        '/mock/events',
        '/mock/personas',
        '/mock/reset',
        '/mock/state',
        '/rights',
        '/rights/{id}/claim',
        '/invites',
        '/invites/{id}/response',
        '/mock/invites/{id}/attend',
        '/coupons',
        '/coupons/{id}',
        '/coupons/{id}/code',
        '/coupon-templates',
        '/coupon-templates/{id}/claim',
        '/redemptions',
        '/auth/staff',
        '/stores',
        '/content/{slug}',
        '/content/faq/questions',
        '/me/subscriptions',
        '/me/messages',
        '/me/messages/read',
        '/cocreation/tasks',
        '/cocreation/tasks/{id}/submissions',
        '/me/cocreation',
        '/mock/cocreation/{taskId}/adopt',
        '/me/code',
        '/staff/purchases',
        '/staff/refunds',
        '/staff/check-ins',
        '/staff/codes/{code}',
        '/staff/checkouts',
        '/staff/voids',
        '/staff/log',
        '/check-ins',
        '/shares',
        '/shares/{id}/visits',
        '/me/export',
        '/me/deletion',
        '/community/events',
        '/community/events/{id}/registrations',
        '/community/events/{id}/registrations/cancel',
        '/posts',
        '/mock/posts/{id}/review',
        '/me/referrals',
        '/ideas',
        '/ideas/{id}/celebrated',
        '/mock/ideas/{id}/review',
        '/me/level-gifts',
        '/me/level-gifts/{levelCode}/claim',
        '/me/value',
        '/me/journey',
        '/me/ratings/pending',
        '/me/ratings',
      ].sort(),
    )
  })

  describe.each(PERSONA_IDS.flatMap((id) => [id, `${id}~2`]))('persona %s', (persona) => {
    it.each(READS)('GET %s matches its schema', (contractPath, request) => {
      const res = call(fixedBackend(), `GET ${request}`, { persona })
      expect(validate(contractPath, 'GET', res.status, res.body)).toEqual([])
    })

    it('every events page and the mock control answers match their schemas', () => {
      const backend = fixedBackend()
      let cursor: string | null = null
      do {
        const res = call(backend, 'GET /me/growth/events', { persona, query: cursor ? { cursor, limit: '15' } : { limit: '15' } })
        expect(validate('/me/growth/events', 'GET', res.status, res.body)).toEqual([])
        cursor = res.body.nextCursor
      } while (cursor)
      for (const body of [{ type: 'purchase', amountFen: 5_000 }, { type: 'refund', amountFen: 99_999_999 }, { type: 'share', count: 3 }]) {
        const res = call(backend, 'POST /mock/events', { persona, body })
        expect(validate('/mock/events', 'POST', res.status, res.body)).toEqual([])
      }
      const reset = call(backend, 'POST /mock/reset', { persona })
      expect(validate('/mock/reset', 'POST', reset.status, reset.body)).toEqual([])
    })

    it('every invite answer, check-in and refusal matches its schema, the level-up invitation included', () => {
      const backend = fixedBackend()
      const check = (path: string, route: string, body?: unknown) => {
        const res = call(backend, route, { persona, body })
        expect([route, res.status, validate(path, 'POST', res.status, res.body)]).toEqual([route, res.status, []])
        return res
      }
      const answer = (id: string, body?: unknown) => check('/invites/{id}/response', `POST /invites/${id}/response`, body)
      const attend = (id: string) => check('/mock/invites/{id}/attend', `POST /mock/invites/${id}/attend`)
      const invites = () => {
        const res = call(backend, 'GET /invites', { persona })
        expect(validate('/invites', 'GET', res.status, res.body)).toEqual([])
        return res.body.invites as Array<{ id: string; kind: string; status: string; slots?: Array<{ id: string }> }>
      }

      // The seeded invitations: a missing slot, an accept (seat or waitlist), check-in, a second answer, a cancel.
      for (const invite of invites()) {
        if ((invite.slots?.length ?? 0) > 1) expect(answer(invite.id, { accept: true }).status).toBe(invite.status === 'pending' ? 422 : 410)
        const slotId = invite.slots?.[0]?.id
        const accepted = answer(invite.id, { accept: true, ...(slotId ? { slotId } : {}) })
        if (accepted.status === 200 && accepted.body.invite.status === 'accepted') {
          expect(attend(invite.id).status).toBe(200)
          expect(attend(invite.id).status).toBe(409)
        }
        answer(invite.id, { accept: true, ...(slotId ? { slotId } : {}) })
        answer(invite.id, { accept: false })
      }
      expect(answer('inv-nope', { accept: true }).status).toBe(404)
      expect(answer('inv-nope', { accept: 'yes' }).status).toBe(400)

      // Driven to the top criteria, the member is issued the level-up invitation.
      for (const body of [{ type: 'purchase', amountFen: 800_000 }, { type: 'interaction', count: 80 }, { type: 'share', count: 20 }]) {
        check('/mock/events', 'POST /mock/events', body)
      }
      const levelUp = invites().find((i) => i.kind === 'level_up' && i.status === 'pending')
      if (persona.startsWith('cocreator')) {
        expect(levelUp).toBeUndefined()
        return
      }
      expect(levelUp).toBeDefined()
      const id = (levelUp as { id: string }).id
      // Accept it as the persona, decline it as the persona's copy (which answers with reissueAfter).
      const final = answer(id, { accept: !persona.includes('~') })
      expect(final.status).toBe(200)
      if (persona.includes('~')) expect(final.body.invite.reissueAfter).toEqual(expect.any(String))
      expect(attend(id).status).toBe(409)
      invites()

      // After the deadline a pending invitation is expired and refuses answers with 410.
      check('/mock/clock', 'POST /mock/clock', { now: '2030-01-01T00:00:00Z' })
      for (const invite of invites().filter((i) => i.status === 'expired')) expect(answer(invite.id, { accept: true }).status).toBe(410)
    })
  })

  it('describes the mock control answers and the error body', () => {
    const backend = fixedBackend()
    const checks: [string, string, string, unknown?][] = [
      ['/mock/clock', 'GET', 'GET /mock/clock'],
      ['/mock/clock', 'POST', 'POST /mock/clock', { now: '2026-06-01T00:00:00+08:00' }],
      ['/mock/personas', 'GET', 'GET /mock/personas'],
      ['/mock/events', 'POST', 'POST /mock/events', { type: 'gift' }],
      ['/me/growth/events', 'GET', 'GET /me/growth/events?cursor=bad'],
      ['/me', 'GET', 'GET /me'],
    ]
    for (const [path, method, route, body] of checks) {
      const res = call(backend, route, { body, persona: path === '/me' ? 'nobody' : undefined })
      expect([route, validate(path, method, res.status, res.body)]).toEqual([route, []])
    }
  })

  it('rejects what the malformed scenario serves, for every read', () => {
    for (const [contractPath, request] of READS) {
      const res = call(fixedBackend(), `GET ${request}`, { scenario: 'malformed' })
      expect(res.status).toBe(200)
      expect(validate(contractPath, 'GET', 200, res.body)).not.toEqual([])
    }
  })

  it('holds over the real HTTP server on an ephemeral port', async () => {
    const running = await startMockServer({ port: 0 })
    try {
      for (const persona of PERSONA_IDS) {
        for (const [contractPath, request] of READS) {
          const res = await fetch(`${running.url}/api/v1${request}`, { headers: { 'X-Persona': persona } })
          expect([persona, request, validate(contractPath, 'GET', res.status, await res.json())]).toEqual([persona, request, []])
        }
      }
      const error = await fetch(`${running.url}/api/v1/me/growth/events?limit=0`)
      expect(validate('/me/growth/events', 'GET', error.status, await error.json())).toEqual([])
    } finally {
      await running.close()
    }
  })
})

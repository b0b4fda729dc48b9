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
] as const

describe('openapi.yaml', () => {
  it('is an OpenAPI 3.1 document describing every implemented route', () => {
    const doc = loadOpenApi()
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/levels', '/me', '/me/growth', '/me/growth/events', '/mock/clock', '/mock/events', '/mock/personas', '/mock/reset', '/rights', '/rights/{id}/claim'].sort(),
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

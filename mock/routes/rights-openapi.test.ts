import { PERSONA_IDS } from '../personas'
import { call, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

describe('rights answers match openapi.yaml', () => {
  it.each(PERSONA_IDS)('GET /rights for %s', (persona) => {
    const res = call(fixedBackend(), 'GET /rights', { persona })
    expect(validate('/rights', 'GET', res.status, res.body)).toEqual([])
  })

  it('every claim answer, success and refusal', () => {
    const backend = fixedBackend()
    const claims: [string, string, number][] = [
      ['at-risk', 'r-welcome-coupon', 200],
      ['at-risk', 'r-welcome-coupon', 409],
      ['newcomer', 'r-welcome-coupon', 409],
      ['newcomer', 'r-free-shipping', 403],
      ['cocreator', 'r-limited-tasting', 409],
      ['cocreator', 'r-limited-edition', 200],
      ['cocreator', 'r-nope', 404],
    ]
    for (const [persona, id, status] of claims) {
      const res = call(backend, `POST /rights/${id}/claim`, { persona })
      expect([id, res.status]).toEqual([id, status])
      expect(validate('/rights/{id}/claim', 'POST', res.status, res.body)).toEqual([])
    }
  })
})

import { call, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

describe('GET /me advisor', () => {
  it('carries the advisor for a member whose level has the advisor right, and matches the contract', () => {
    const res = call(fixedBackend(), 'GET /me', { persona: 'cocreator' })
    expect(res.body.member.advisor).toMatchObject({ name: expect.any(String), title: expect.any(String), responsePromise: expect.any(String), workingHours: expect.any(String) })
    expect(validate('/me', 'GET', res.status, res.body)).toEqual([])
  })

  it.each(['newcomer', 'active', 'at-risk'])('has no advisor for %s', (persona) => {
    expect(call(fixedBackend(), 'GET /me', { persona }).body.member).not.toHaveProperty('advisor')
  })
})

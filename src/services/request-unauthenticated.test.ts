import { resetMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import * as v from 'valibot'
import { isApiError } from './errors'
import { setPersona } from './mock-session'
import { request } from './request'
import { clearSession, saveSession, setReauthenticate } from './session'

// A refused token is signed in again once and the call retried once (request.ts). Code that
// retried again on the next 401 would sign in forever: here the sign-in gives up after a few
// rounds, so such code fails this test at once with the count, instead of hanging until time-out.

const Me = v.object({ member: v.object({ id: v.string() }) })
const me = () => request({ path: '/me', schema: Me })
const STALE = { expiresAt: '2030-01-01T00:00:00Z', joined: true }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  resetMockBackend()
  setPersona(null)
  clearSession(false)
  setReauthenticate(async () => false)
})
afterAll(() => server.close())

test('a second 401 after signing in again fails the call: one sign-in, no loop', async () => {
  saveSession({ token: 'mt.stale', ...STALE })
  // Every sign-in hands out another token the backend refuses; the fourth round gives up.
  const signInToStaleToken = async () => {
    saveSession({ token: `mt.also-stale-${reauthenticate.mock.calls.length}`, ...STALE })
    return true
  }
  const reauthenticate = jest
    .fn(async () => false)
    .mockImplementationOnce(signInToStaleToken)
    .mockImplementationOnce(signInToStaleToken)
    .mockImplementationOnce(signInToStaleToken)
  setReauthenticate(reauthenticate)
  const error = await me().catch((e: unknown) => e)
  expect(reauthenticate).toHaveBeenCalledTimes(1)
  expect(isApiError(error) && [error.status, error.code]).toEqual([401, 'UNAUTHENTICATED'])
}, 5_000)

import { resetMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import * as v from 'valibot'
import { isApiError } from './errors'
import { setPersona } from './mock-session'
import { request } from './request'
import {
  clearSession,
  getSession,
  isJoined,
  needsSignIn,
  saveSession,
  setReauthenticate,
  signInAgain,
} from './session'

const Me = v.object({ member: v.object({ id: v.string() }) })
const SessionBody = v.object({ token: v.string(), expiresAt: v.string(), joined: v.boolean() })
const me = () => request({ path: '/me', schema: Me }).then((r) => r.member.id)
const signIn = (code: string) => request({ method: 'POST', path: '/auth/wechat', body: { code }, schema: SessionBody })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  resetMockBackend()
  setPersona(null)
  clearSession(false)
  setReauthenticate(async () => false)
})
afterAll(() => server.close())

test('every member call sends the stored token, which wins over the tester persona', async () => {
  setPersona('first-buyer')
  expect(await me()).toBe('first-buyer')
  saveSession(await signIn('mock:cocreator~2'))
  expect(await me()).toBe('cocreator~2')
})

test('a refused token signs in again once, however many calls were refused, and each call is retried once', async () => {
  saveSession({ token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  const reauthenticate = jest.fn(async () => {
    saveSession(await signIn('mock:newcomer'))
    return true
  })
  setReauthenticate(reauthenticate)
  expect(await Promise.all([me(), me()])).toEqual(['newcomer', 'newcomer'])
  expect(reauthenticate).toHaveBeenCalledTimes(1)
})

test('when signing in again is not possible (H5 sends the member to the sign-in page) the call fails as 401 and the token is gone', async () => {
  saveSession({ token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  const reauthenticate = jest.fn(async () => false)
  setReauthenticate(reauthenticate)
  const error = await me().catch((e: unknown) => e)
  expect(isApiError(error) && [error.status, error.code]).toEqual([401, 'UNAUTHENTICATED'])
  expect(getSession()).toBeNull()
  // Signed out now: a mock build no longer falls back to a persona, so the next call asks again.
  expect(needsSignIn()).toBe(true)
  await me().catch(() => undefined)
  expect(reauthenticate).toHaveBeenCalledTimes(2)
})

// A second 401 after signing in again: request-unauthenticated.test.ts (fails, not hangs, against a loop).

test('choosing another persona drops the token, so the switch is instant', async () => {
  saveSession(await signIn('mock:cocreator'))
  setPersona('at-risk')
  expect(getSession()).toBeNull()
  expect(await me()).toBe('at-risk')
})

test('a NOT_MEMBER answer marks the session as a visitor who has not joined', async () => {
  saveSession(await signIn('a-real-wechat-code'))
  expect(isJoined()).toBe(false)
  setPersona('visitor')
  expect(isJoined()).toBeNull()
  await me().catch(() => undefined)
  expect(isJoined()).toBe(false)
})

test('public calls never wait for a sign-in', async () => {
  clearSession(true)
  const reauthenticate = jest.fn(async () => false)
  setReauthenticate(reauthenticate)
  await request({ path: '/levels', schema: v.unknown() })
  expect(reauthenticate).not.toHaveBeenCalled()
  await expect(signInAgain()).resolves.toBe(false)
})

describe('a refused token replaced by a silent sign-in (the weapp: the same WeChat account)', () => {
  test("keeps the member's scope, so their saved data and the loads under way stay", async () => {
    saveSession({ token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true })
    const scope = getSession()?.scope
    setReauthenticate(
      async () => {
        saveSession(await signIn('mock:first-buyer'))
        return true
      },
      { silent: true },
    )
    expect(await me()).toBe('first-buyer')
    expect(getSession()?.token).not.toBe('mt.stale')
    expect(getSession()?.scope).toBe(scope)
  })

  test('a sign-in that may be someone else (the sign-in page) starts a new scope', async () => {
    saveSession({ token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true })
    const scope = getSession()?.scope
    setReauthenticate(async () => {
      saveSession(await signIn('mock:first-buyer'))
      return true
    })
    expect(await me()).toBe('first-buyer')
    expect(getSession()?.scope).not.toBe(scope)
  })

  test('when the silent sign-in fails the token is forgotten and the call fails as 401', async () => {
    saveSession({ token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true })
    setReauthenticate(async () => false, { silent: true })
    const error = await me().catch((e: unknown) => e)
    expect(isApiError(error) && error.status).toBe(401)
    expect(getSession()).toBeNull()
  })
})

/**
 * Issue #24 item 2: a pending Idempotency-Key belongs to one member and one action, and ends at
 * the latest with the Shanghai day (a few minutes for actions not tied to a day).
 */
import * as v from 'valibot'
import { getMockBackend } from '@mock/handlers'
import { call } from '@mock/test-support/call'
import { dailyCheckIn } from '@/features/earning/api'
import { forgetPendingActions, PENDING_ACTION_TTL_MS } from '@/services/idempotency'
import { request } from '@/services/request'
import { MAX_TRIES } from '@/services/retry-policy'
import { clearSession, getSession, saveSession } from '@/services/session'
import { loseResponses } from '../support/lose-responses'
import { withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => {
  forgetPendingActions()
  jest.restoreAllMocks()
})

const SessionBody = v.object({ token: v.string(), expiresAt: v.string(), joined: v.boolean() })
const signIn = async (persona: string) =>
  saveSession(await request({ method: 'POST', path: '/auth/wechat', body: { code: `mock:${persona}` }, schema: SessionBody }))

/** Both clocks at `iso`: the backend's and the phone's (the app judges on server-aligned time). */
function at(iso: string) {
  const now = Date.parse(iso)
  getMockBackend().clock.setNow(now)
  jest.spyOn(Date, 'now').mockReturnValue(now)
}

test('a check-in whose answer was lost at 21:00 is a new check-in the next morning, recorded that day', async () => {
  await signIn('active~31')
  at('2026-03-15T13:00:00Z') // 21:00 in Shanghai
  const keys = loseResponses('/check-ins', MAX_TRIES)
  await expect(dailyCheckIn()).rejects.toMatchObject({ kind: 'network' })

  at('2026-03-16T01:00:00Z') // 09:00 the next Shanghai day
  const { checkIn } = await dailyCheckIn()
  expect(checkIn.date).toBe('2026-03-16')
  expect(keys.at(-1)).not.toBe(keys[0])
  const token = getSession()?.token
  const month = call(getMockBackend(), 'GET /check-ins?month=2026-03', { token })
  expect(month.body.days).toEqual(expect.arrayContaining(['2026-03-15', '2026-03-16']))
})

test('the same day, a check-in whose answer was lost is replayed with its key', async () => {
  await signIn('active~32')
  at('2026-03-15T13:00:00Z')
  const keys = loseResponses('/check-ins', MAX_TRIES)
  await expect(dailyCheckIn()).rejects.toMatchObject({ kind: 'network' })
  at('2026-03-15T15:30:00Z') // 23:30 in Shanghai, still the same day
  await expect(dailyCheckIn()).resolves.toMatchObject({ checkIn: { date: '2026-03-15' } })
  expect(new Set(keys).size).toBe(1)
})

test('after sign-out, the next member’s same action never reuses the previous member’s key', async () => {
  await signIn('active~33')
  at('2026-03-15T04:00:00Z')
  const keys = loseResponses('/check-ins', MAX_TRIES)
  await expect(dailyCheckIn()).rejects.toMatchObject({ kind: 'network' })
  clearSession(true)
  await signIn('first-buyer~33')
  const { checkIn } = await dailyCheckIn()
  expect(checkIn.date).toBe('2026-03-15')
  expect(keys.at(-1)).not.toBe(keys[0])
})

test('an action not tied to a day is replayed for a few minutes, then is a new action', async () => {
  await signIn('active~34')
  at('2026-03-15T04:00:00Z')
  const keys = loseResponses('/coupon-templates/tpl-flash-10/claim', MAX_TRIES * 3)
  const claim = () => request({ method: 'POST', path: '/coupon-templates/tpl-flash-10/claim', body: {}, schema: v.unknown() })
  await expect(claim()).rejects.toMatchObject({ kind: 'network' })
  at('2026-03-15T04:01:00Z')
  await expect(claim()).rejects.toMatchObject({ kind: 'network' })
  expect(new Set(keys).size).toBe(1)
  at(new Date(Date.parse('2026-03-15T04:00:00Z') + PENDING_ACTION_TTL_MS + 1).toISOString())
  await expect(claim()).rejects.toMatchObject({ kind: 'network' })
  expect(new Set(keys).size).toBe(2)
})

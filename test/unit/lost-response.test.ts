/**
 * A response lost on the way back (the backend acted, the app never heard) followed by a retry
 * must never claim or answer twice: the retry carries the same Idempotency-Key.
 */
import { getMockBackend } from '@mock/handlers'
import { call } from '@mock/test-support/call'
import { claimTemplate } from '@/features/coupons/api'
import { answerInvite } from '@/features/invites/api'
import { forgetPendingActions } from '@/services/idempotency'
import { MAX_TRIES } from '@/services/retry-policy'
import { loseResponses } from '../support/lose-responses'
import { withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => forgetPendingActions())

const flashCoupons = () =>
  call(getMockBackend(), 'GET /coupons').body.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-flash-10')

test('a claim whose first response is lost is retried and leaves exactly one coupon', async () => {
  const keys = loseResponses('/coupon-templates/tpl-flash-10/claim', 1)
  const coupon = await claimTemplate('tpl-flash-10')
  expect(coupon.templateId).toBe('tpl-flash-10')
  expect(keys).toHaveLength(2)
  expect(keys[1]).toBe(keys[0])
  expect(flashCoupons()).toHaveLength(1)
})

test('an answer whose outcome stayed unknown, tapped again, answers once', async () => {
  const keys = loseResponses('/invites/inv-spring-workshop/response', MAX_TRIES)
  await expect(answerInvite('inv-spring-workshop', true, 'sat-pm')).rejects.toMatchObject({ kind: 'network' })
  // The member taps 确认 again: the same action, so the first answer comes back, not ALREADY_ANSWERED.
  const invite = await answerInvite('inv-spring-workshop', true, 'sat-pm')
  expect(invite).toMatchObject({ status: 'accepted', slotId: 'sat-pm', seatsLeft: 11 })
  expect(new Set(keys).size).toBe(1)
  expect(keys).toHaveLength(MAX_TRIES + 1)
})

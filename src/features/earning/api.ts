import type { ShareChannel, ShareTargetKind } from '@/domain/earning'
import { noteServerTime } from '@/services/clock'
import { newIdempotencyKey } from '@/services/idempotency'
import { request } from '@/services/request'
import { CheckInMonthResponse, DailyCheckInResponse, MemberCodeResponse, ShareResponse, ShareVisitResponse } from '@/services/schemas/earning'
import { CouponsResponse } from '@/services/schemas/coupons'
import { GrowthEventsResponse } from '@/services/schemas/growth'

/** A fresh member code; its `serverTime` aligns the clock. Each rotation wants a new code: a new key per call. */
export async function issueMemberCode() {
  const sentAt = Date.now()
  const code = await request({ method: 'POST', path: '/me/code', schema: MemberCodeResponse, timeoutMs: 5000, idempotencyKey: newIdempotencyKey('mcode') })
  if (code.serverTime) noteServerTime(code.serverTime, sentAt, Date.now())
  return code
}

/** The member's used coupons: which ones a clerk's checkout just redeemed (same instant as its purchase). */
export const usedCoupons = () => request({ path: '/coupons', query: { status: 'used' }, schema: CouponsResponse }).then((r) => r.coupons)

export const latestGrowthEvents = (limit = 10) => request({ path: '/me/growth/events', query: { limit }, schema: GrowthEventsResponse }).then((r) => r.events)

/** Today's check-in; request() keeps one key for the tap, so a retry never checks in twice. */
export const dailyCheckIn = () => request({ method: 'POST', path: '/check-ins', body: {}, schema: DailyCheckInResponse })
export const fetchCheckIns = (month?: string) => request({ path: '/check-ins', query: { month }, schema: CheckInMonthResponse })

/** A tracked link for one share; a new key per share (each share is its own link). */
export const createShare = (target: { kind: ShareTargetKind; id?: string }, channel: ShareChannel) =>
  request({ method: 'POST', path: '/shares', body: { target, channel }, schema: ShareResponse, idempotencyKey: newIdempotencyKey('share') }).then((r) => r.share)

export const visitShare = (shareId: string) =>
  request({ method: 'POST', path: `/shares/${encodeURIComponent(shareId)}/visits`, body: {}, schema: ShareVisitResponse })

import * as v from 'valibot'
import { Fen, Instant } from './common'
import { GrowthSchema } from './growth'

const ShanghaiDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))

/** POST /me/code: the member code (会员码) a clerk scans. */
export const MemberCodeResponse = v.object({
  code: v.pipe(v.string(), v.regex(/^88\d{16}$/)),
  expiresAt: Instant,
  refreshAfterMs: v.optional(v.number()),
  serverTime: v.optional(Instant),
})
export type MemberCodeDto = v.InferOutput<typeof MemberCodeResponse>

export const DailyCheckInResponse = v.object({
  checkIn: v.object({ date: ShanghaiDate, streak: v.number() }),
  growth: GrowthSchema,
})
export const CheckInMonthResponse = v.object({ days: v.array(ShanghaiDate), streak: v.number(), checkedInToday: v.boolean() })
export type CheckInMonth = v.InferOutput<typeof CheckInMonthResponse>

export const ShareResponse = v.object({ share: v.object({ id: v.string(), path: v.string() }) })
export const ShareVisitResponse = v.object({ credited: v.boolean() })

export const StaffPurchaseResponse = v.object({
  purchase: v.object({ id: v.string(), memberId: v.string(), amountFen: Fen, orderId: v.string(), storeId: v.string(), recordedAt: Instant }),
})
export const StaffRefundResponse = v.object({
  refund: v.object({ id: v.string(), orderId: v.string(), amountFen: Fen, storeId: v.string(), refundedAt: Instant }),
})
export const StaffCheckInResponse = v.object({
  checkIn: v.object({ id: v.string(), memberId: v.string(), inviteId: v.string(), storeId: v.string(), checkedInAt: Instant }),
})

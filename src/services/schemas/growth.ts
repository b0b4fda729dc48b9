import * as v from 'valibot'
import { Count, DimensionSchema, Fen, Instant, LevelCodeSchema } from './common'

export const CriteriaSchema = v.object({
  mode: v.picklist(['any', 'all']),
  spendFen: v.optional(Fen),
  interactions: v.optional(Count),
  shares: v.optional(Count),
})

export const LevelSchema = v.object({
  code: LevelCodeSchema,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.string(),
  aipl: v.string(),
  criteria: v.nullable(CriteriaSchema),
  requiresInvite: v.boolean(),
  rightIds: v.array(v.string()),
})
export const LevelsResponse = v.object({ levels: v.pipe(v.array(LevelSchema), v.minLength(1)) })

export const AdvisorSchema = v.object({
  name: v.string(),
  title: v.string(),
  responsePromise: v.string(),
  workingHours: v.string(),
  phone: v.optional(v.string()),
  wechatId: v.optional(v.string()),
})

export const MemberSchema = v.object({
  id: v.string(),
  /** The number shown to the member; older backends omit it (then the id stands in). */
  memberNo: v.optional(v.string()),
  nickname: v.string(),
  phoneMasked: v.string(),
  levelCode: LevelCodeSchema,
  joinedAt: Instant,
  /** `YYYY-MM-DD`; absent until the member gives it (the birthday gift needs it). */
  birthday: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Only for members whose level has the advisor right. */
  advisor: v.optional(AdvisorSchema),
})
export const MeResponse = v.object({ member: MemberSchema })

const ProgressItem = v.object({ dimension: DimensionSchema, current: v.number(), target: v.number() })

export const GrowthSchema = v.object({
  levelCode: LevelCodeSchema,
  nextLevelCode: v.nullable(LevelCodeSchema),
  window: v.object({ from: Instant, to: Instant }),
  totals: v.object({ spendFen: Fen, interactions: Count, shares: Count }),
  progress: v.array(ProgressItem),
  eligibleForNext: v.boolean(),
  awaitingInvite: v.boolean(),
  levelExpiresAt: v.nullable(Instant),
  retention: v.object({ atRisk: v.boolean(), needed: v.array(ProgressItem) }),
})

export const GrowthEventSchema = v.object({
  id: v.string(),
  type: v.picklist(['purchase', 'refund', 'interaction', 'share', 'void']),
  amountFen: v.optional(Fen),
  title: v.string(),
  occurredAt: Instant,
})
/** A whole Shanghai month of the ledger, as the backend totals it (refunds netted against their purchase). */
export const GrowthMonthSchema = v.object({
  month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  spendFen: Fen,
  interactions: Count,
  shares: Count,
})
export const GrowthEventsResponse = v.object({
  events: v.array(GrowthEventSchema),
  nextCursor: v.nullish(v.string()),
  // The month headers are extra: an older backend without them, or a garbled list, leaves the
  // record on its partial, page-by-page totals instead of failing the whole page.
  months: v.fallback(v.optional(v.array(GrowthMonthSchema)), undefined),
})

export type LevelDto = v.InferOutput<typeof LevelSchema>
export type Advisor = v.InferOutput<typeof AdvisorSchema>
export type Member = v.InferOutput<typeof MemberSchema>
export type Growth = v.InferOutput<typeof GrowthSchema>
export type GrowthEventDto = v.InferOutput<typeof GrowthEventSchema>
export type GrowthMonthDto = v.InferOutput<typeof GrowthMonthSchema>

import type { GrowthEventType } from '../../src/domain'
import { parseClockInstant } from '../db/clock'
import { identityState } from '../db/identity-state'
import { VISITOR_PERSONA } from '../db/member-key'
import { appendEvents } from '../db/member-state'
import { exportStateCode, importStateCode, StateCodeError } from '../db/state-code'
import { PERSONA_IDS, PERSONAS } from '../personas'
import { badRequest, HttpError } from './errors'
import { growthBody } from './growth'
import { creditReferralOnPurchase } from './referrals'
import { readEnum, readObjectBody, readOptionalInt, rejectUnknownFields } from './read-body'
import { ok, type Route } from './types'

const VISITOR_DESCRIPTION = '访客：已登录、还没加入会员，看到会员计划介绍和「加入会员」'

const EVENT_TYPES: readonly GrowthEventType[] = ['purchase', 'refund', 'interaction', 'share']
const MAX_AMOUNT_FEN = 100_000_000
const MAX_COUNT = 200

const TITLES: Record<GrowthEventType, string> = {
  purchase: '门店消费 · 测试下单',
  refund: '退款 · 测试退单',
  interaction: '社区发帖',
  share: '分享新品笔记带来新注册',
  // Not offered by /mock/events (EVENT_TYPES): a void is only ever written by POST /staff/voids.
  void: '撤销消费',
}

export const mockControlRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/mock/events',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['type', 'amountFen', 'count'])
      const type = readEnum(body, 'type', EVENT_TYPES)
      const count = readOptionalInt(body, 'count', 1, MAX_COUNT) ?? 1
      const amountFen = readOptionalInt(body, 'amountFen', 1, MAX_AMOUNT_FEN)
      const needsAmount = type === 'purchase' || type === 'refund'
      if (needsAmount && amountFen === undefined) throw badRequest('消费和退款事件需要 amountFen（分）')
      if (!needsAmount && amountFen !== undefined) throw badRequest('互动和分享事件不带 amountFen')

      const member = ctx.member()
      const occurredAt = new Date(ctx.backend.now()).toISOString()
      const event = { type, title: TITLES[type], occurredAt, ...(needsAmount ? { amountFen } : {}) }
      appendEvents(member, Array.from({ length: count }, () => ({ ...event })))
      // A tester's purchase is a purchase: a referred friend's first one credits the sharer too.
      if (type === 'purchase') creditReferralOnPurchase(ctx.backend, ctx.backend.refreshHeld(member))
      // Level-ups follow from the ledger at once, so the tester sees them in this very answer.
      return ok(growthBody(ctx.backend, ctx.backend.refreshHeld(member)))
    },
  },
  {
    method: 'POST',
    pattern: '/mock/reset',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body, true)
      rejectUnknownFields(body, ['scope'])
      const scope = body.scope === undefined ? 'member' : readEnum(body, 'scope', ['member', 'all'] as const)
      if (scope === 'all') ctx.backend.resetAll()
      else ctx.backend.resetMember(ctx.memberKey)
      // A persona that deleted its membership is itself again, and its phone reaches it again.
      if (scope === 'member') delete identityState(ctx.backend.shared).deletions[ctx.memberKey.key]
      return ok({ reset: scope, memberId: ctx.memberKey.key, clock: ctx.backend.clock.describe() })
    },
  },
  {
    method: 'GET',
    pattern: '/mock/clock',
    handle: (ctx) => ok(ctx.backend.clock.describe()),
  },
  {
    method: 'POST',
    pattern: '/mock/clock',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['now'])
      if (!('now' in body)) throw badRequest('需要字段 now（ISO 时间，或 null 回到真实时间）')
      const instant = body.now === null ? null : parseClockInstant(body.now)
      if (body.now !== null && instant === null) throw badRequest('now 必须是带时区的 ISO 时间，如 2026-11-23T08:00:00Z')
      ctx.backend.clock.setNow(instant)
      return ok(ctx.backend.clock.describe())
    },
  },
  {
    method: 'GET',
    pattern: '/mock/state',
    handle: (ctx) => {
      const code = exportStateCode(ctx.backend, ctx.memberKey)
      return ok({ code, memberId: ctx.memberKey.key, now: new Date(ctx.backend.now()).toISOString(), length: code.length })
    },
  },
  {
    method: 'POST',
    pattern: '/mock/state',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['code'])
      try {
        const { memberId } = importStateCode(ctx.backend, body.code)
        return ok({ memberId, clock: ctx.backend.clock.describe() })
      } catch (error) {
        if (error instanceof StateCodeError) throw new HttpError(422, 'STATE_CODE_INVALID', error.message)
        throw error
      }
    },
  },
  {
    method: 'GET',
    pattern: '/mock/personas',
    handle: () =>
      ok({
        personas: [
          ...PERSONA_IDS.map((id) => ({ id, description: PERSONAS[id].description })),
          { id: VISITOR_PERSONA, description: VISITOR_DESCRIPTION },
        ],
      }),
  },
]

import { codeState, isWellFormedCode } from '../../src/domain/coupons'
import { isMemberCode } from '../../src/domain/earning'
import { unusableReason } from '../../src/domain/counter'
import { toIso } from '../../src/domain/time'
import { parseMemberKey } from '../db/member-key'
import { couponShared } from '../seeds/coupons-state'
import { CODE_MEMORY_MS } from './coupons'
import { counterCouponView, memberMasked, memberOfLiveCode, readCode } from './counter-common'
import { HttpError } from './errors'
import { requireStaff } from './staff'
import { ok, type Route, type RouteContext } from './types'

/**
 * GET /staff/codes/{code}: what a scanned code is, without acting on it. A member code answers
 * the member (masked) and their coupons usable at this store now; a coupon code answers the
 * coupon and whether it can be redeemed here, and if not why.
 */
function lookUp(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const code = readCode(ctx.params.code, 'code')
  const now = ctx.backend.now()
  if (isMemberCode(code)) {
    const { member, expiresAt } = memberOfLiveCode(ctx.backend, code)
    const usable = member.notJoined ? [] : member.coupons.filter((c) => unusableReason(c, staff.storeId, now) === null)
    return ok({
      kind: 'member',
      member: { nicknameMasked: memberMasked(member), levelCode: member.held.levelCode },
      coupons: usable.map((c) => counterCouponView(c, now)),
      codeExpiresAt: toIso(expiresAt),
    })
  }

  const codes = couponShared(ctx.backend.shared).codes
  const known = isWellFormedCode(code) && Object.prototype.hasOwnProperty.call(codes, code) ? codes[code] : undefined
  const issued = known && known.expiresAt + CODE_MEMORY_MS >= now ? known : undefined
  const key = issued ? parseMemberKey(issued.memberKey) : null
  const coupon = issued && key ? ctx.backend.member(key).coupons.find((c) => c.id === issued.couponId) : undefined
  if (!issued || !coupon) throw new HttpError(404, 'CODE_UNKNOWN', '券码无效，请核对数字或让顾客刷新券码')

  const reason = unusableReason(coupon, staff.storeId, now) ?? (codeState({ expiresAt: toIso(issued.expiresAt) }, now).usable ? null : 'CODE_EXPIRED')
  return ok({
    kind: 'coupon',
    coupon: counterCouponView(coupon, now),
    usableHere: reason === null,
    ...(reason ? { reason } : {}),
    codeExpiresAt: toIso(issued.expiresAt),
  })
}

export const staffCodeRoutes: Route[] = [{ method: 'GET', pattern: '/staff/codes/:code', handle: lookUp }]

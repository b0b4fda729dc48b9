import { toIso } from '../../src/domain'
import { currentEntry, LEVEL_GIFTS, levelGiftFor, levelGiftStatus, type LevelGift } from '../../src/domain/level-gifts'
import type { MemberState } from '../db/member-state'
import { notMember } from './caller'
import { couponView } from './coupons'
import { HttpError } from './errors'
import { giveCoupon } from './journey-coupons'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

function joinedMember(ctx: RouteContext): MemberState {
  const member = ctx.member()
  if (member.notJoined) throw notMember()
  return member
}

function giftBody(member: MemberState, gift: LevelGift) {
  const entry = currentEntry(member.held.levelCode, member.levelHistory ?? [])
  const claims = member.levelGiftClaims ?? []
  const status = levelGiftStatus(gift, member.held.levelCode, entry, claims)
  const last = [...claims].reverse().find((c) => c.levelCode === gift.levelCode)
  return {
    levelCode: gift.levelCode,
    kind: gift.kind,
    title: gift.title,
    description: gift.description,
    status,
    ...(status === 'claimed' && last ? { claimedAt: last.claimedAt, ...(last.couponId ? { couponId: last.couponId } : {}), ...(last.rightId ? { rightId: last.rightId } : {}) } : {}),
  }
}

function claim(ctx: RouteContext) {
  rejectUnknownFields(readObjectBody(ctx.req.body, true), [])
  const gift = levelGiftFor(ctx.params.levelCode)
  if (!gift) throw new HttpError(404, 'NOT_FOUND', '这个等级没有升级礼')
  const member = joinedMember(ctx)
  const entry = currentEntry(member.held.levelCode, member.levelHistory ?? [])
  // Synchronous from check to write: two racing claims of one entry give one gift.
  const status = levelGiftStatus(gift, member.held.levelCode, entry, member.levelGiftClaims ?? [])
  if (status === 'locked') throw new HttpError(403, 'LEVEL_TOO_LOW', '达到该等级后才能领取升级礼')
  if (status === 'claimed') throw new HttpError(409, 'ALREADY_CLAIMED', '这份升级礼已经领过了')
  const now = ctx.backend.now()
  const forEntry = gift.levelCode === member.held.levelCode ? entry : 'passed'
  if (gift.kind === 'coupon') {
    const given = giveCoupon(ctx.backend, member, gift.templateId as string, now)
    if (!given.ok) throw new HttpError(409, given.reason, given.reason === 'SOLD_OUT' ? '升级礼已发完' : '升级礼券已达每人上限')
    member.levelGiftClaims = [...(member.levelGiftClaims ?? []), { levelCode: gift.levelCode, entry: forEntry, claimedAt: toIso(now), couponId: given.coupon.id }]
    return ok({ gift: giftBody(member, gift), coupon: couponView(given.coupon, now) }, 201)
  }
  member.levelGiftClaims = [...(member.levelGiftClaims ?? []), { levelCode: gift.levelCode, entry: forEntry, claimedAt: toIso(now), rightId: gift.rightId }]
  return ok({ gift: giftBody(member, gift), right: { id: gift.rightId, title: gift.description } }, 201)
}

export const levelGiftRoutes: Route[] = [
  { method: 'GET', pattern: '/me/level-gifts', handle: (ctx) => { const m = joinedMember(ctx); return ok({ gifts: LEVEL_GIFTS.map((g) => giftBody(m, g)) }) } },
  { method: 'POST', pattern: '/me/level-gifts/:levelCode/claim', handle: claim },
]

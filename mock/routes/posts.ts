import { levelByCode, toIso } from '../../src/domain'
import {
  checkPostInput,
  creditsDue,
  POST_APPROVED_TITLE,
  POST_FEATURED_TITLE,
  POST_KINDS,
  POST_STATUSES,
  type PostStatus,
} from '../../src/domain/posts'
import type { Backend } from '../db/backend'
import { parseMemberKey } from '../db/member-key'
import { appendEvents, type MemberState } from '../db/member-state'
import { maskNickname, postsShared, type StoredPost } from '../seeds/posts'
import { notMember } from './caller'
import { badRequest, HttpError } from './errors'
import { giveCoupon } from './journey-coupons'
import { own } from './own'
import { readEnum, readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/** The 优质分享奖励 right's reward for a featured post. */
export const SHARE_REWARD_TEMPLATE = 'tpl-share-reward'

function joinedMember(ctx: RouteContext): MemberState {
  const member = ctx.member()
  if (member.notJoined) throw notMember()
  return member
}

function postBody(post: StoredPost, viewerKey: string) {
  const { authorKey, interactionCredited: _i, featuredCredited: _f, rewardSkipped: _s, ...shown } = post
  return { ...shown, byMe: authorKey === viewerKey }
}

function list(ctx: RouteContext) {
  const scope = ctx.req.query.scope ?? 'featured'
  if (scope !== 'featured' && scope !== 'mine') throw badRequest('scope 必须是 featured 或 mine')
  const member = joinedMember(ctx)
  const all = Object.values(postsShared(ctx.backend.shared, ctx.backend.now()).posts)
  const chosen = scope === 'mine' ? all.filter((p) => p.authorKey === member.key) : all.filter((p) => p.status === 'featured')
  chosen.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  return ok({ posts: chosen.map((p) => postBody(p, member.key)) })
}

function create(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['kind', 'text', 'imageRefs', 'productTag'])
  const kind = readEnum(body, 'kind', POST_KINDS)
  const problem = checkPostInput({ text: body.text, imageRefs: body.imageRefs, productTag: body.productTag })
  if (problem) throw badRequest(problem)
  const member = joinedMember(ctx)
  if (levelByCode(member.held.levelCode).rank < levelByCode('experiencer').rank) {
    throw new HttpError(403, 'LEVEL_TOO_LOW', '完成首次消费、成为「初步体验」会员后即可发布分享')
  }
  const state = postsShared(ctx.backend.shared, ctx.backend.now())
  const post: StoredPost = {
    id: `post-${String(state.nextSeq++).padStart(6, '0')}`,
    authorKey: member.key,
    authorMasked: maskNickname(member.profile.nickname),
    kind,
    text: (body.text as string).trim(),
    imageRefs: [...((body.imageRefs as string[] | undefined) ?? [])],
    ...(typeof body.productTag === 'string' ? { productTag: body.productTag.trim() } : {}),
    status: 'pending',
    createdAt: toIso(ctx.backend.now()),
    interactionCredited: false,
    featuredCredited: false,
  }
  state.posts[post.id] = post
  return ok({ post: postBody(post, member.key) }, 201)
}

/** What the brand's staff do (fake backend only): approve, feature or reject, with the credits due once. */
function review(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['status', 'reason', 'reply'])
  const status: PostStatus = readEnum(body, 'status', POST_STATUSES)
  for (const field of ['reason', 'reply'] as const) {
    const value = body[field]
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '' || value.length > 500)) throw badRequest(`${field} 必须是 1 到 500 字`)
  }
  if (status === 'rejected' && body.reason === undefined) throw badRequest('未通过需要写明原因（reason）')
  const post = own(postsShared(ctx.backend.shared, ctx.backend.now()).posts, ctx.params.id)
  if (!post) throw new HttpError(404, 'POST_NOT_FOUND', '没有这篇分享')
  const key = parseMemberKey(post.authorKey)
  if (!key) throw new HttpError(409, 'SEEDED_POST', '示例分享不能再审核')
  applyReview(ctx.backend, ctx.backend.member(key), post, status, body.reason as string | undefined, body.reply as string | undefined)
  return ok({ post: postBody(post, post.authorKey) })
}

function applyReview(backend: Backend, author: MemberState, post: StoredPost, status: PostStatus, reason?: string, reply?: string) {
  const now = backend.now()
  const due = creditsDue(post, status)
  const label = post.productTag ? ` · ${post.productTag}` : ''
  if (due.interaction) {
    appendEvents(author, [{ type: 'interaction', title: `${POST_APPROVED_TITLE}${label}`, occurredAt: toIso(now) }])
    post.interactionCredited = true
  }
  if (due.featured) {
    appendEvents(author, [{ type: 'share', title: `${POST_FEATURED_TITLE}${label}`, occurredAt: toIso(now) }])
    post.featuredCredited = true
    const gift = giveCoupon(backend, author, SHARE_REWARD_TEMPLATE, now)
    if (gift.ok) post.rewardCouponId = gift.coupon.id
    else post.rewardSkipped = gift.reason
  }
  if (due.interaction || due.featured) backend.refreshHeld(author)
  post.status = status
  post.reviewedAt = toIso(now)
  if (status === 'rejected') post.reason = reason
  else delete post.reason
  if (reply !== undefined) post.reply = reply
}

export const postRoutes: Route[] = [
  { method: 'GET', pattern: '/posts', handle: list },
  { method: 'POST', pattern: '/posts', handle: create },
]

/** Fake backend only: the brand's review, for testers and tests (rides with the tester tools). */
export const postReviewRoutes: Route[] = [{ method: 'POST', pattern: '/mock/posts/:id/review', handle: review }]

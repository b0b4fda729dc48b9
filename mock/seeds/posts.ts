import { DAY_MS, toIso, type Instant } from '../../src/domain'
import type { PostKind, PostStatus } from '../../src/domain/posts'
import type { SharedState } from '../db/shared-state'

export interface StoredPost {
  id: string
  authorKey: string
  /** Shown to others: never a full nickname. */
  authorMasked: string
  kind: PostKind
  text: string
  imageRefs: string[]
  productTag?: string
  status: PostStatus
  reason?: string
  reply?: string
  createdAt: string
  reviewedAt?: string
  interactionCredited: boolean
  featuredCredited: boolean
  /** The reward coupon's id, or why none was given (the template's limit or stock). */
  rewardCouponId?: string
  rewardSkipped?: string
}

/** Posts' part of `SharedState.extra`: featured posts are read by every member. */
export interface PostsShared {
  posts: Record<string, StoredPost>
  nextSeq: number
}

export function maskNickname(nickname: string): string {
  const chars = [...nickname.trim()]
  return chars.length === 0 ? '会员**' : `${chars[0]}**`
}

const SEEDED: Array<Pick<StoredPost, 'id' | 'authorMasked' | 'kind' | 'text' | 'productTag'> & { daysAgo: number; images: number }> = [
  { id: 'post-seed-1', authorMasked: '林**', kind: 'review', text: '燕麦拿铁换了新的燕麦奶，口感更顺滑，不加糖也有淡淡的甜味，早上一杯刚刚好。', productTag: '燕麦拿铁', daysAgo: 3, images: 2 },
  { id: 'post-seed-2', authorMasked: 'S**', kind: 'showcase', text: '会员日入手的手冲壶和两包新豆，周末在家冲了一壶，分享一下桌面～', productTag: '手冲套装', daysAgo: 6, images: 4 },
  { id: 'post-seed-3', authorMasked: '阿**', kind: 'review', text: '冷萃试饮装喝完了：酸度明显比去年的低，果香保留得很好，冰箱里放三天风味也没怎么变。', productTag: '冷萃咖啡', daysAgo: 11, images: 1 },
]

/** Created on first use, with a few featured posts by other members dated from the clock then. */
export function postsShared(shared: SharedState, now: Instant): PostsShared {
  const slot = shared.extra.posts as PostsShared | undefined
  if (slot && typeof slot.posts === 'object' && slot.posts !== null) return slot
  const posts: Record<string, StoredPost> = {}
  for (const seed of SEEDED) {
    const at = toIso(now - seed.daysAgo * DAY_MS)
    posts[seed.id] = {
      id: seed.id,
      authorKey: `seed:${seed.id}`,
      authorMasked: seed.authorMasked,
      kind: seed.kind,
      text: seed.text,
      imageRefs: Array.from({ length: seed.images }, (_, i) => `seed/${seed.id}/${i + 1}.jpg`),
      productTag: seed.productTag,
      status: 'featured',
      createdAt: at,
      reviewedAt: at,
      interactionCredited: true,
      featuredCredited: true,
    }
  }
  const value: PostsShared = { posts, nextSeq: 1 }
  shared.extra.posts = value
  return value
}

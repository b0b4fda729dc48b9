import type { LevelCode } from '../levels'

/**
 * Kinds from DOMAIN.md, plus the entry-level kinds (welcome, onboarding) and the engager's
 * community kinds (community_event, share_reward), which DOMAIN.md lists as what that level gets
 * but names no kind for.
 */
export type RightKind =
  | 'welcome'
  | 'onboarding'
  | 'discount'
  | 'free_shipping'
  | 'birthday_gift'
  | 'community_event'
  | 'share_reward'
  | 'early_bird'
  | 'advisor'
  | 'priority_service'
  | 'beta_seat'
  | 'workshop_seat'
  | 'limited_stock'

export type QuotaPeriod = 'month' | 'year'

/** How often one member may claim a right, counted per Shanghai calendar month or year. */
export interface Quota {
  perPeriod: number
  period: QuotaPeriod
}

export interface Right {
  id: string
  kind: RightKind
  title: string
  description: string
  /** The lowest level that unlocks the right; every level above has it too. */
  minLevelCode: LevelCode
  /** Initial stock shared by all members; absent means unlimited. */
  stock?: number
  quota?: Quota
  /** false for standing services and access (advisor, early-bird…): shown, never claimed. */
  claimable: boolean
}

/**
 * The catalogue. Ids are exactly those LEVELS[*].rightIds publish, and each right's
 * minLevelCode is the level that lists it (rights.catalogue.test.ts holds both).
 * Seats for beta tests and workshops are allotted through co-creation invites (capacity and
 * waitlist live on the activity), so the seat rights are access, not claims.
 */
export const RIGHTS: readonly Right[] = [
  { id: 'r-welcome-coupon', kind: 'welcome', title: '新人礼券', description: '加入即可领取的新人专享优惠券，首单立减。', minLevelCode: 'explorer', quota: { perPeriod: 1, period: 'year' }, claimable: true },
  { id: 'r-beginner-guide', kind: 'onboarding', title: '入门指南与答疑', description: '品牌入门内容合集，常见问题有专人解答。', minLevelCode: 'explorer', claimable: false },
  { id: 'r-onboarding', kind: 'onboarding', title: '新手上路', description: '首单后的使用指南与保养技巧，帮你用好每一件好物。', minLevelCode: 'experiencer', claimable: false },
  { id: 'r-repurchase-coupon', kind: 'discount', title: '复购优惠券', description: '再次购买时可用的满减券，每月可领一次。', minLevelCode: 'experiencer', quota: { perPeriod: 1, period: 'month' }, claimable: true },
  { id: 'r-birthday-gift', kind: 'birthday_gift', title: '生日礼', description: '生日当月可领取一份生日礼物，每年一次。', minLevelCode: 'experiencer', quota: { perPeriod: 1, period: 'year' }, claimable: true },
  { id: 'r-community-events', kind: 'community_event', title: '社群活动', description: '参加线上线下社群活动，与同好交流。', minLevelCode: 'engager', claimable: false },
  { id: 'r-share-reward', kind: 'share_reward', title: '优质分享奖励', description: '发布优质测评与分享，经评选可获得额外奖励。', minLevelCode: 'engager', claimable: false },
  { id: 'r-early-bird', kind: 'early_bird', title: '新品早鸟购', description: '新品开售前抢先购买，享早鸟价。', minLevelCode: 'engager', claimable: false },
  { id: 'r-free-shipping', kind: 'free_shipping', title: '包邮券', description: '任意订单免运费，每月可领两次。', minLevelCode: 'engager', quota: { perPeriod: 2, period: 'month' }, claimable: true },
  { id: 'r-advisor', kind: 'advisor', title: '专属顾问', description: '一位专属顾问为你提供一对一的选购与使用建议。', minLevelCode: 'cocreator', claimable: false },
  { id: 'r-priority-service', kind: 'priority_service', title: '一对一优先响应', description: '咨询与售后优先处理，专人快速响应。', minLevelCode: 'cocreator', claimable: false },
  { id: 'r-beta-seat', kind: 'beta_seat', title: '新品内测席位', description: '受邀参与新品内测，抢先体验并反馈意见。', minLevelCode: 'cocreator', claimable: false },
  { id: 'r-workshop-seat', kind: 'workshop_seat', title: '共创研讨会席位', description: '受邀参加共创研讨会，与产品团队共同打磨新品。', minLevelCode: 'cocreator', claimable: false },
  { id: 'r-limited-edition', kind: 'limited_stock', title: '限量联名款优先购', description: '限量联名款优先购买资格，数量有限，先到先得。', minLevelCode: 'cocreator', stock: 50, quota: { perPeriod: 1, period: 'year' }, claimable: true },
  { id: 'r-limited-tasting', kind: 'limited_stock', title: '限量品鉴礼盒', description: '每月限量品鉴礼盒，数量有限，领完即止。', minLevelCode: 'cocreator', stock: 20, quota: { perPeriod: 1, period: 'month' }, claimable: true },
]

export function rightById(id: string, rights: readonly Right[] = RIGHTS): Right | undefined {
  return rights.find((r) => r.id === id)
}

import type { CouponTemplate } from '../../src/domain/coupons'

/**
 * Coupons the brand sends out (member days, new products, store events) rather than ones a member
 * claims: a long-standing member's wallet is mostly these. Each campaign issue is its own template
 * with its own per-member limit; ended issues are not listed in the claim centre. Static like the
 * catalogue: validity runs from the day a coupon was issued, so seeds stay meaningful at any date.
 */
const THEMES = [
  { key: 'member-day', title: '会员日满减券', kind: 'amount_off', valueFen: 2000, minSpendFen: 10000, days: 60, level: 'explorer' },
  { key: 'new-taste', title: '新品尝鲜 8 折券', kind: 'percent_off', percentOff: 20, maxDiscountFen: 3000, days: 90, level: 'experiencer' },
  { key: 'second-cup', title: '第二杯半价券', kind: 'percent_off', percentOff: 50, maxDiscountFen: 1500, days: 60, level: 'explorer' },
  { key: 'dessert', title: '甜点兑换券', kind: 'free_item', days: 75, level: 'experiencer' },
  { key: 'event-gift', title: '门店活动伴手礼', kind: 'gift', days: 90, level: 'engager' },
] as const

const STORE_SETS: string[][] = [
  ['s-jingan', 's-xuhui', 's-hubin', 's-xinjiekou'],
  ['s-jingan', 's-xuhui'],
  ['s-hubin'],
  ['s-xinjiekou', 's-jingan'],
]

export const ISSUE_COUNT = 22
/** Days between two issues of one campaign. */
export const ISSUE_EVERY_DAYS = 12
export const ISSUED_PER_MEMBER_LIMIT = 3

/** Issue 1 is the oldest; the newest is `ISSUE_COUNT`. */
export const ISSUED_TEMPLATES: readonly CouponTemplate[] = THEMES.flatMap((theme, t) =>
  Array.from({ length: ISSUE_COUNT }, (_, i): CouponTemplate => {
    const issue = i + 1
    return {
      id: `tpl-${theme.key}-${String(issue).padStart(2, '0')}`,
      title: `${theme.title} · 第 ${issue} 期`,
      kind: theme.kind,
      ...('valueFen' in theme ? { valueFen: theme.valueFen, minSpendFen: theme.minSpendFen } : {}),
      ...('percentOff' in theme ? { percentOff: theme.percentOff, maxDiscountFen: theme.maxDiscountFen } : {}),
      minLevelCode: theme.level,
      stockTotal: 100_000,
      perMemberLimit: ISSUED_PER_MEMBER_LIMIT,
      // Issued, never self-claimed: the window is closed to claims from the claim centre.
      claimWindow: { from: '2020-01-01T00:00:00+08:00', to: '2020-01-01T00:00:00+08:00' },
      validity: { type: 'relative', days: theme.days },
      storeIds: STORE_SETS[(t + i) % STORE_SETS.length],
      instructions: '品牌活动发放，到店结账时出示券码核销；不与其他优惠同享。',
    }
  }),
)

import type { CouponTemplate } from '../../src/domain/coupons'

const ALL_STORES = ['s-jingan', 's-xuhui', 's-hubin', 's-xinjiekou']
/** Given, never claimed from the claim centre: the window is closed to claims. */
const GIVEN_ONLY = { from: '2020-01-01T00:00:00+08:00', to: '2020-01-01T00:00:00+08:00' }

/**
 * Coupons the journeys give: the 优质分享奖励 reward, the referral welcome gift, the level gifts.
 * Each has its own stock and per-member limit, which bind however the coupon arrives.
 */
export const JOURNEY_TEMPLATES: readonly CouponTemplate[] = [
  {
    id: 'tpl-share-reward',
    title: '优质分享奖励 · 满 50 减 15',
    kind: 'amount_off',
    valueFen: 1500,
    minSpendFen: 5000,
    minLevelCode: 'experiencer',
    stockTotal: 50_000,
    perMemberLimit: 12,
    claimWindow: GIVEN_ONLY,
    validity: { type: 'relative', days: 60 },
    storeIds: ALL_STORES,
    instructions: '你的分享被评为精选，感谢！到店结账时出示券码核销；不与其他优惠同享。',
  },
  {
    id: 'tpl-referral-gift',
    title: '好友送你的见面礼',
    kind: 'amount_off',
    valueFen: 1500,
    minLevelCode: 'explorer',
    stockTotal: 100_000,
    perMemberLimit: 1,
    claimWindow: GIVEN_ONLY,
    validity: { type: 'relative', days: 30 },
    storeIds: ALL_STORES,
    instructions: '好友邀请你加入会员圈的见面礼，到店结账时出示券码核销；不与其他优惠同享。',
  },
  {
    id: 'tpl-level-experiencer',
    title: '升级礼 · 初步体验 第二杯半价',
    kind: 'percent_off',
    percentOff: 50,
    maxDiscountFen: 2000,
    minLevelCode: 'experiencer',
    stockTotal: 100_000,
    perMemberLimit: 5,
    claimWindow: GIVEN_ONLY,
    validity: { type: 'relative', days: 30 },
    storeIds: ALL_STORES,
    instructions: '升级到「初步体验」的礼物，到店出示券码核销。',
  },
  {
    id: 'tpl-level-engager',
    title: '升级礼 · 积极互动 满 100 减 30',
    kind: 'amount_off',
    valueFen: 3000,
    minSpendFen: 10000,
    minLevelCode: 'engager',
    stockTotal: 100_000,
    perMemberLimit: 5,
    claimWindow: GIVEN_ONLY,
    validity: { type: 'relative', days: 45 },
    storeIds: ALL_STORES,
    instructions: '升级到「积极互动」的礼物，到店出示券码核销。',
  },
]

export function findJourneyTemplate(id: string): CouponTemplate | undefined {
  return JOURNEY_TEMPLATES.find((t) => t.id === id)
}

import type { CouponTemplate } from '../../src/domain/coupons'
import { ISSUED_TEMPLATES } from './coupons-issued'

/** The stores coupons are redeemed in; `GET /stores` lists them in this order. */
export const STORES = [
  { id: 's-jingan', name: '上海静安店', address: '上海市静安区南京西路 1618 号' },
  { id: 's-xuhui', name: '上海徐汇店', address: '上海市徐汇区淮海中路 999 号' },
  { id: 's-hubin', name: '杭州湖滨店', address: '杭州市上城区湖滨路 28 号' },
  { id: 's-xinjiekou', name: '南京新街口店', address: '南京市秦淮区中山南路 1 号' },
] as const

export const ALL_STORE_IDS = STORES.map((s) => s.id)
const SHANGHAI = ['s-jingan', 's-xuhui']

/** Open for claiming for as long as this fake backend will be used. */
const ALWAYS = { from: '2020-01-01T00:00:00+08:00', to: '2099-12-31T23:59:59+08:00' }

/**
 * The claim centre's catalogue, shared by every member. Windows are fixed wide dates (one is
 * closed on purpose) so the catalogue never depends on the clock; validity is relative to the
 * claim, so seeded coupons stay meaningful whatever the day.
 */
export const COUPON_TEMPLATES: readonly CouponTemplate[] = [
  {
    id: 'tpl-welcome',
    title: '新人见面礼',
    kind: 'amount_off',
    valueFen: 1000,
    minLevelCode: 'explorer',
    stockTotal: 100_000,
    perMemberLimit: 1,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 30 },
    storeIds: ALL_STORE_IDS,
    instructions: '到店结账时出示券码，店员扫码核销；不与其他优惠同享。',
  },
  {
    id: 'tpl-repurchase',
    title: '复购优惠券',
    kind: 'amount_off',
    valueFen: 3000,
    minSpendFen: 20000,
    minLevelCode: 'experiencer',
    stockTotal: 50_000,
    perMemberLimit: 1,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 14 },
    storeIds: ALL_STORE_IDS,
    instructions: '单笔满 ¥200 可用，到店出示券码。',
  },
  {
    id: 'tpl-engager-85',
    title: '互动达人折扣券',
    kind: 'percent_off',
    percentOff: 15,
    maxDiscountFen: 5000,
    minLevelCode: 'engager',
    stockTotal: 20_000,
    perMemberLimit: 2,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 7 },
    storeIds: SHANGHAI,
    instructions: '仅限上海门店，最高减 ¥50。',
  },
  {
    id: 'tpl-coffee',
    title: '满百立减券',
    kind: 'amount_off',
    valueFen: 2000,
    minSpendFen: 10000,
    minLevelCode: 'explorer',
    stockTotal: 1_000_000,
    perMemberLimit: 3,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 10 },
    storeIds: ALL_STORE_IDS,
    instructions: '单笔满 ¥100 可用。',
  },
  {
    id: 'tpl-flash-10',
    title: '限量免费饮品',
    kind: 'free_item',
    minLevelCode: 'explorer',
    stockTotal: 10,
    perMemberLimit: 1,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 3 },
    storeIds: ALL_STORE_IDS,
    instructions: '限量 10 份，每人 1 份，到店兑换任意中杯饮品。',
  },
  {
    id: 'tpl-cocreator-gift',
    title: '共创礼盒',
    kind: 'gift',
    minLevelCode: 'cocreator',
    stockTotal: 50,
    perMemberLimit: 1,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 30 },
    storeIds: ['s-jingan'],
    instructions: '核心共创会员专享，静安店领取。',
  },
  {
    id: 'tpl-sold-out',
    title: '周年庆 5 折券',
    kind: 'percent_off',
    percentOff: 50,
    maxDiscountFen: 10000,
    minLevelCode: 'explorer',
    stockTotal: 0,
    perMemberLimit: 1,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 7 },
    storeIds: ALL_STORE_IDS,
    instructions: '已抢光。',
  },
  {
    id: 'tpl-spring-closed',
    title: '春季限定券',
    kind: 'amount_off',
    valueFen: 1500,
    minLevelCode: 'explorer',
    stockTotal: 1000,
    perMemberLimit: 1,
    claimWindow: { from: '2021-03-01T00:00:00+08:00', to: '2021-03-31T23:59:59+08:00' },
    validity: { type: 'fixed', from: '2021-03-01', until: '2021-04-30' },
    storeIds: ALL_STORE_IDS,
    instructions: '活动已结束。',
  },
]

/**
 * Coupons only a right gives (not listed in the claim centre). 包邮券 is a coupon so that a claim
 * lands in 券包 and is used like the others: shown at the counter for an order sent home. Its
 * per-member limit is loose because the right's monthly quota is what binds it.
 */
export const RIGHT_ONLY_TEMPLATES: readonly CouponTemplate[] = [
  {
    id: 'tpl-free-shipping',
    title: '包邮券',
    kind: 'free_shipping',
    minLevelCode: 'engager',
    stockTotal: 1_000_000,
    perMemberLimit: 1_000,
    claimWindow: ALWAYS,
    validity: { type: 'relative', days: 31 },
    storeIds: ALL_STORE_IDS,
    instructions: '在门店购买并选择寄送到家时，结账前出示券码，店员核销后本单免运费。',
  },
]

/** Any template a coupon can come from: the claim centre's, a right's, or a campaign's issued coupons. */
export function findTemplate(id: string): CouponTemplate | undefined {
  return COUPON_TEMPLATES.find((t) => t.id === id) ?? RIGHT_ONLY_TEMPLATES.find((t) => t.id === id) ?? ISSUED_TEMPLATES.find((t) => t.id === id)
}

/** Only what the claim centre lists can be claimed from it. */
export function findClaimableTemplate(id: string): CouponTemplate | undefined {
  return COUPON_TEMPLATES.find((t) => t.id === id)
}

export function findStore(id: string) {
  return STORES.find((s) => s.id === id)
}

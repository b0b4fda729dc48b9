import { DAY_MS, toIso, type Instant } from '../../src/domain/time'
import type { PersonaId } from '../personas/persona-ids'
import { findTemplate } from './coupons-catalogue'
import { ISSUE_COUNT, ISSUE_EVERY_DAYS, ISSUED_PER_MEMBER_LIMIT, ISSUED_TEMPLATES } from './coupons-issued'
import { couponFromTemplate, formatCouponId, type StoredCoupon } from './coupons-state'

type Spec =
  | { tpl: string; claimedDaysAgo: number; used?: undefined }
  | { tpl: string; claimedDaysAgo: number; used: { daysAgo: number; storeId: string } }

/**
 * Seeds are specs relative to `now`. Expired coupons are stored as `available` with a past
 * `validUntil`: expiry is computed on read, exactly as it would be for a coupon that ran out.
 */
const SPECS: Partial<Record<PersonaId, Spec[]>> = {
  newcomer: [{ tpl: 'tpl-welcome', claimedDaysAgo: 3 }],
  'first-buyer': [
    { tpl: 'tpl-welcome', claimedDaysAgo: 20, used: { daysAgo: 6, storeId: 's-jingan' } },
    { tpl: 'tpl-repurchase', claimedDaysAgo: 1 },
  ],
  active: [
    // available: today (0-day after a 10-day coupon claimed 10 days ago), in 3 days, later
    { tpl: 'tpl-coffee', claimedDaysAgo: 10 },
    { tpl: 'tpl-engager-85', claimedDaysAgo: 4 },
    { tpl: 'tpl-repurchase', claimedDaysAgo: 2 },
    { tpl: 'tpl-welcome', claimedDaysAgo: 5 },
    // used
    { tpl: 'tpl-coffee', claimedDaysAgo: 30, used: { daysAgo: 25, storeId: 's-xuhui' } },
    { tpl: 'tpl-engager-85', claimedDaysAgo: 40, used: { daysAgo: 38, storeId: 's-jingan' } },
    // expired
    { tpl: 'tpl-coffee', claimedDaysAgo: 60 },
  ],
  cocreator: [
    { tpl: 'tpl-cocreator-gift', claimedDaysAgo: 2 },
    { tpl: 'tpl-engager-85', claimedDaysAgo: 1 },
  ],
  'at-risk': [{ tpl: 'tpl-coffee', claimedDaysAgo: 4 }],
}

/**
 * A long-standing member's wallet, 335 coupons: 3 of each of 110 campaign issues (their limit),
 * the newest still usable, older ones used or run out; and a few from the claim centre, each
 * within its per-member limit and leaving some to claim.
 */
function couponRichSpecs(): Spec[] {
  const specs: Spec[] = [
    { tpl: 'tpl-welcome', claimedDaysAgo: 590, used: { daysAgo: 588, storeId: 's-jingan' } },
    { tpl: 'tpl-repurchase', claimedDaysAgo: 140 },
    { tpl: 'tpl-coffee', claimedDaysAgo: 80, used: { daysAgo: 77, storeId: 's-xuhui' } },
    { tpl: 'tpl-coffee', claimedDaysAgo: 2 },
    { tpl: 'tpl-engager-85', claimedDaysAgo: 1 },
  ]
  ISSUED_TEMPLATES.forEach((template, index) => {
    const issue = (index % ISSUE_COUNT) + 1
    const issuedDaysAgo = (ISSUE_COUNT - issue) * ISSUE_EVERY_DAYS
    for (let copy = 0; copy < ISSUED_PER_MEMBER_LIMIT; copy++) {
      const claimedDaysAgo = issuedDaysAgo + copy
      // Recent issues stay mostly in hand; of older ones, most were used, the rest ran out.
      const used = issuedDaysAgo >= 36 ? (copy + issue) % 2 === 0 : copy === 2 && issue % 2 === 0
      const storeId = template.storeIds[(copy + issue) % template.storeIds.length]
      specs.push(used ? { tpl: template.id, claimedDaysAgo, used: { daysAgo: Math.max(0, claimedDaysAgo - 1 - ((copy + issue) % 5)), storeId } } : { tpl: template.id, claimedDaysAgo })
    }
  })
  return specs
}

export function seedCoupons(personaId: PersonaId, now: Instant): StoredCoupon[] {
  const specs = personaId === 'coupon-rich' ? couponRichSpecs() : (SPECS[personaId] ?? [])
  return specs.map((spec, i) => {
    const template = findTemplate(spec.tpl)
    if (!template) throw new Error(`unknown coupon template in seed: ${spec.tpl}`)
    const coupon = couponFromTemplate(template, formatCouponId(i + 1), now - spec.claimedDaysAgo * DAY_MS)
    if (spec.used) {
      coupon.status = 'used'
      coupon.usedAt = toIso(now - spec.used.daysAgo * DAY_MS)
      coupon.usedStoreId = spec.used.storeId
    }
    return coupon
  })
}

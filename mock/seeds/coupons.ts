import { DAY_MS, toIso, type Instant } from '../../src/domain/time'
import type { PersonaId } from '../personas/persona-ids'
import { ALL_STORE_IDS, COUPON_TEMPLATES, findTemplate } from './coupons-catalogue'
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

/** 330 coupons over every template and state, for scrolling and performance. */
function couponRichSpecs(): Spec[] {
  const usable = COUPON_TEMPLATES.filter((t) => t.validity.type === 'relative')
  return Array.from({ length: 330 }, (_, i): Spec => {
    const tpl = usable[i % usable.length].id
    if (i % 3 === 1) return { tpl, claimedDaysAgo: 40 + (i % 50), used: { daysAgo: 35, storeId: ALL_STORE_IDS[i % ALL_STORE_IDS.length] } }
    if (i % 3 === 2) return { tpl, claimedDaysAgo: 45 + (i % 60) }
    return { tpl, claimedDaysAgo: i % 3 }
  })
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

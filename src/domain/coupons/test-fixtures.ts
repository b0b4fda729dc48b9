import { parseInstant } from '../time'
import type { Coupon, CouponTemplate } from './types'

/** Shanghai wall-clock time as an instant, so tests read in local time. */
export const sh = (local: string): number => parseInstant(`${local}+08:00`)

export function makeTemplate(over: Partial<CouponTemplate> = {}): CouponTemplate {
  return {
    id: 't-1',
    title: '满减券',
    kind: 'amount_off',
    valueFen: 3000,
    minSpendFen: 20000,
    minLevelCode: 'experiencer',
    stockTotal: 100,
    perMemberLimit: 1,
    claimWindow: { from: '2026-11-01T00:00:00+08:00', to: '2026-11-30T23:59:59+08:00' },
    validity: { type: 'relative', days: 7 },
    storeIds: ['s-1'],
    instructions: '到店出示',
    ...over,
  }
}

export function makeCoupon(over: Partial<Coupon> = {}): Coupon {
  return {
    id: 'c-1',
    templateId: 't-1',
    title: '满减券',
    kind: 'amount_off',
    valueFen: 3000,
    minSpendFen: 20000,
    status: 'available',
    claimedAt: '2026-11-20T02:00:00.000Z',
    validFrom: '2026-11-20T02:00:00.000Z',
    validUntil: '2026-11-27T15:59:59.999Z', // 2026-11-27 23:59:59.999 Shanghai
    storeIds: ['s-1'],
    instructions: '到店出示',
    ...over,
  }
}

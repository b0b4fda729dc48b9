// A used coupon was used where it is valid: its usedStoreId is one of its own stores, for every
// persona's seed (the wallet says "于<store>使用" beside "限 <stores>").
import { PERSONA_IDS } from '../personas/persona-ids'
import { seedCoupons } from './coupons'

test.each(PERSONA_IDS)('%s: every seeded used coupon was used at one of its own stores', (persona) => {
  const used = seedCoupons(persona, Date.parse('2026-12-01T13:53:00Z')).filter((c) => c.status === 'used')
  for (const c of used) expect({ id: c.id, store: c.usedStoreId, ok: c.storeIds.includes(c.usedStoreId as string) }).toEqual({ id: c.id, store: c.usedStoreId, ok: true })
})

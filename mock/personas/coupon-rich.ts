import { createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

/** A plain engager by spend (¥2,680) with a long-standing member's wallet: 335 coupons (see seeds/coupons.ts). */
export const couponRich: PersonaDefinition = {
  id: 'coupon-rich',
  description: '积极互动：消费 ¥2,680 达标，持有 300 张以上各状态优惠券，用于滚动与性能测试',
  seed: (now) => ({
    profile: { nickname: '囤券达人', phoneMasked: '186****9051', joinedAt: daysAgoIso(now, 600) },
    held: heldSince(now, 'engager', 150),
    events: createLedgerBuilder(now)
      .purchase(200, 98_000, '上海静安店')
      .onlinePurchase(150, 110_000)
      .purchase(45, 60_000, '南京新街口店')
      .interactions(18, 280, 5)
      .shares(3, 160, 30)
      .build(),
  }),
}

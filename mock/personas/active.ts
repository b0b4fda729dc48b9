import { birthdayMonthsAhead, createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

/**
 * Toward 核心共创 (all of ¥8,000, 80 interactions, 20 shares): interactions met (86),
 * spend close (¥7,350, ¥650 short), shares further (12). One refund shows progress can go down.
 */
export const active: PersonaDefinition = {
  id: 'active',
  description: '积极互动（默认）：互动 86/80 已达标，消费 ¥7,350/¥8,000 接近共创，分享 12/20',
  seed: (now) => ({
    profile: { nickname: '林晓雨', phoneMasked: '138****1234', joinedAt: daysAgoIso(now, 400), birthday: birthdayMonthsAhead(now, 0, 1992, 1) },
    held: heldSince(now, 'engager', 200),
    events: createLedgerBuilder(now)
      .purchase(300, 168_000, '上海静安店')
      .onlinePurchase(240, 96_000)
      .purchase(180, 215_000, '上海徐汇店')
      .onlinePurchase(120, 58_000)
      .refund(115, 18_000)
      .purchase(60, 128_000, '杭州湖滨店')
      .purchase(12, 88_000, '上海静安店')
      .interactions(86, 330, 1)
      .shares(12, 280, 3)
      .build(),
  }),
}

import { birthdayMonthsAhead, createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

/**
 * Reached 积极互动 350 days ago on activity that has since left the 365-day window; what is
 * left (¥860, 12 interactions, 2 shares) keeps none of the engager thresholds, and the level
 * lapses in about 15 days.
 */
export const atRisk: PersonaDefinition = {
  id: 'at-risk',
  description: '积极互动：等级约 15 天后到期，窗口内消费 ¥860、互动 12、分享 2，均未达保级标准',
  seed: (now) => ({
    profile: { nickname: '阿乐', phoneMasked: '135****3721', joinedAt: daysAgoIso(now, 520), birthday: birthdayMonthsAhead(now, 2, 1995, 18) },
    held: heldSince(now, 'engager', 350),
    events: createLedgerBuilder(now)
      .purchase(420, 120_000, '上海静安店')
      .purchase(380, 150_000, '上海徐汇店')
      .interactions(30, 400, 370)
      .purchase(120, 60_000, '上海静安店')
      .onlinePurchase(40, 26_000)
      .interactions(12, 300, 10)
      .shares(2, 200, 90)
      .build(),
  }),
}

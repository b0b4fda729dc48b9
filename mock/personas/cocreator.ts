import { createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

/** Meets every co-creator threshold (¥12,560, 132 interactions, 28 shares) and accepted the invite. */
export const cocreator: PersonaDefinition = {
  id: 'cocreator',
  description: '核心共创：已接受共创邀请，消费 ¥12,560、互动 132、分享 28 全部达标；有专属顾问与限量权益',
  seed: (now) => ({
    profile: { nickname: '陈墨白', phoneMasked: '137****6688', joinedAt: daysAgoIso(now, 900), birthday: '1988-02-29' },
    held: heldSince(now, 'cocreator', 90, ['cocreator']),
    events: createLedgerBuilder(now)
      .purchase(340, 320_000, '上海静安店')
      .purchase(250, 286_000, '北京三里屯店')
      .onlinePurchase(160, 210_000)
      .purchase(95, 260_000, '上海徐汇店')
      .purchase(20, 180_000, '上海静安店')
      .interactions(132, 350, 1)
      .shares(28, 330, 2)
      .build(),
  }),
}

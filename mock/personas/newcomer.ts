import { createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

export const newcomer: PersonaDefinition = {
  id: 'newcomer',
  description: '了解观察：本周刚加入，还没有消费，逛过社区；有一张新人券',
  seed: (now) => ({
    profile: { nickname: '小林同学', phoneMasked: '139****0512', joinedAt: daysAgoIso(now, 3) },
    held: heldSince(now, 'explorer', 3),
    events: createLedgerBuilder(now).interactions(2, 2, 1).build(),
  }),
}

import { createLedgerBuilder, daysAgoIso, heldSince } from './ledger-builder'
import type { PersonaDefinition } from './persona'

/** One purchase of ¥129 six days ago: 初步体验, ¥1,871 short of 积极互动 on spend. */
export const firstBuyer: PersonaDefinition = {
  id: 'first-buyer',
  description: '初步体验：6 天前完成首单 ¥129，有新手上路权益和一张复购券',
  seed: (now) => ({
    profile: { nickname: '周末咖啡', phoneMasked: '136****2087', joinedAt: daysAgoIso(now, 21) },
    held: heldSince(now, 'experiencer', 6),
    events: createLedgerBuilder(now).interactions(3, 20, 8).purchase(6, 12_900, '上海静安店').build(),
  }),
}

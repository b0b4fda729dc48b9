import { DAY_MS, termEnd, toIso, type GrowthEvent, type HeldLevel, type Instant, type LevelCode } from '../../src/domain'

export type SeedEvent = Omit<GrowthEvent, 'id'>

const INTERACTION_TITLES = ['社区发帖', '评论新品测评', '门店活动签到', '每日打卡', '参加线下品鉴会', '回答会员提问']
const SHARE_TITLES = ['分享新品笔记带来新注册', '分享活动海报带来访问', '分享好物清单带来新注册']

/**
 * Builds a ledger in days-before-now, so a persona reads the same whatever the clock says.
 * Spread events carry a few minutes of jitter so no two share an instant by accident.
 */
export function createLedgerBuilder(now: Instant) {
  const events: SeedEvent[] = []
  let orders = 0
  const nextOrderId = () => `order-${String(++orders).padStart(4, '0')}`
  const at = (daysAgo: number, minutesEarlier = 30): string =>
    toIso(Math.floor((now - daysAgo * DAY_MS - minutesEarlier * 60_000) / 60_000) * 60_000)

  const spread = (count: number, fromDaysAgo: number, toDaysAgo: number, add: (iso: string, i: number) => void) => {
    for (let i = 0; i < count; i++) {
      const daysAgo = count === 1 ? fromDaysAgo : fromDaysAgo - ((fromDaysAgo - toDaysAgo) * i) / (count - 1)
      add(at(daysAgo, 30 + ((i * 37) % 600)), i)
    }
  }

  const builder = {
    purchase(daysAgo: number, amountFen: number, store = '上海静安店') {
      events.push({ type: 'purchase', amountFen, title: `门店消费 · ${store}`, occurredAt: at(daysAgo), orderId: nextOrderId() })
      return builder
    },
    onlinePurchase(daysAgo: number, amountFen: number) {
      events.push({ type: 'purchase', amountFen, title: '线上商城下单', occurredAt: at(daysAgo, 95), orderId: nextOrderId() })
      return builder
    },
    /** A refund on the order of the latest purchase before it: refunds follow their order. */
    refund(daysAgo: number, amountFen: number, title = '退款 · 线上商城') {
      const occurredAt = at(daysAgo, 10)
      const purchase = events
        .filter((e) => e.type === 'purchase' && e.occurredAt <= occurredAt)
        .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))[0]
      events.push({ type: 'refund', amountFen, title, occurredAt, ...(purchase ? { orderId: purchase.orderId } : {}) })
      return builder
    },
    interactions(count: number, fromDaysAgo: number, toDaysAgo: number) {
      spread(count, fromDaysAgo, toDaysAgo, (occurredAt, i) =>
        events.push({ type: 'interaction', title: INTERACTION_TITLES[i % INTERACTION_TITLES.length], occurredAt }),
      )
      return builder
    },
    shares(count: number, fromDaysAgo: number, toDaysAgo: number) {
      spread(count, fromDaysAgo, toDaysAgo, (occurredAt, i) =>
        events.push({ type: 'share', title: SHARE_TITLES[i % SHARE_TITLES.length], occurredAt }),
      )
      return builder
    },
    /** Oldest first, so ids follow the order things happened. */
    build(): SeedEvent[] {
      return [...events].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0))
    },
  }
  return builder
}

/** A level reached `daysAgo`, with the term the domain grants from that day. */
export function heldSince(now: Instant, levelCode: LevelCode, daysAgo: number, invitedTo: LevelCode[] = []): HeldLevel {
  return { levelCode, expiresAt: levelCode === 'explorer' ? null : termEnd(now - daysAgo * DAY_MS), invitedTo }
}

export function daysAgoIso(now: Instant, days: number): string {
  return toIso(now - days * DAY_MS)
}

/**
 * A birthday whose month is `monthsAhead` Shanghai months from `now` (0: this month), so the
 * birthday gift is open, or opens soon, whatever day the backend starts.
 */
export function birthdayMonthsAhead(now: Instant, monthsAhead: number, year: number, day = 1): string {
  const local = new Date(now + 8 * 3600_000)
  const month = ((local.getUTCMonth() + monthsAhead) % 12) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

import type { GrowthEventDto } from '@/services/schemas/growth'

/** ¥128.00: a receipt shows fen, always with two decimals. */
export function yuanWithCents(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`
}

/**
 * What the member code screen says once the clerk has recorded something: the newest event
 * that was not there when the code was first shown, in the member's words.
 */
export function describeRecorded(event: GrowthEventDto): string {
  switch (event.type) {
    case 'purchase':
      return `已记录消费 ${yuanWithCents(event.amountFen ?? 0)}，成长 +${yuanWithCents(event.amountFen ?? 0)} 消费额`
    case 'refund':
      return `已退款 ${yuanWithCents(event.amountFen ?? 0)}，消费额相应减少`
    case 'void':
      return `门店已撤销消费 ${yuanWithCents(event.amountFen ?? 0)}，消费额相应减少；用了券的，券已退回券包`
    case 'interaction':
      return `${event.title}成功，成长 +1 次互动`
    case 'share':
      return '分享带来访问，成长 +1 次分享'
  }
}

/** Events recorded since `knownIds` was taken, newest first. */
export function newEvents(events: readonly GrowthEventDto[], knownIds: ReadonlySet<string>): GrowthEventDto[] {
  return events.filter((e) => !knownIds.has(e.id))
}

/**
 * A checkout redeems its coupons at the very instant it records the purchase: the used coupons
 * whose `usedAt` is that instant are the ones the clerk ticked. "，用券：满百立减券、新人见面礼".
 */
export function couponsUsedWith(purchase: GrowthEventDto, used: ReadonlyArray<{ title: string; usedAt?: string }>): string {
  const at = Date.parse(purchase.occurredAt)
  const titles = used.filter((c) => c.usedAt !== undefined && Date.parse(c.usedAt) === at).map((c) => c.title)
  return titles.length > 0 ? `，用券：${titles.join('、')}` : ''
}

import { formatShanghai } from '@/lib/format'
import { formatFen } from '@/domain/money'
import type { GrowthEventDto } from '@/services/schemas/growth'
import { SHARE_VISIT_TITLE } from '@/domain/earning'

export interface MonthSummary {
  /** '2026-11', Shanghai calendar month. */
  key: string
  label: string
  spendFen: number
  interactions: number
  shares: number
  events: GrowthEventDto[]
}

/** Refunds and voids (a checkout undone at the counter) count against spend whatever sign the backend gives them. */
export function signedAmount(e: GrowthEventDto): number | null {
  if (e.amountFen === undefined) return null
  return e.type === 'refund' || e.type === 'void' ? -Math.abs(e.amountFen) : Math.abs(e.amountFen)
}

/** Events (already newest first) grouped into Shanghai months with each month's totals. */
export function groupByMonth(events: readonly GrowthEventDto[]): MonthSummary[] {
  const months: MonthSummary[] = []
  for (const e of events) {
    const key = formatShanghai(e.occurredAt, 'YYYY-MM')
    let m = months[months.length - 1]
    if (!m || m.key !== key) {
      m = { key, label: formatShanghai(e.occurredAt, 'YYYY年M月'), spendFen: 0, interactions: 0, shares: 0, events: [] }
      months.push(m)
    }
    m.events.push(e)
    if (e.type === 'interaction') m.interactions += 1
    else if (e.type === 'share') m.shares += 1
    else m.spendFen += signedAmount(e) ?? 0
  }
  return months
}

export function describeMonth(m: Pick<MonthSummary, 'spendFen' | 'interactions' | 'shares'>): string {
  const spend = m.spendFen < 0 ? `-${formatFen(-m.spendFen)}` : formatFen(m.spendFen)
  return `消费 ${spend} · 互动 ${m.interactions} 次 · 分享 ${m.shares} 次`
}

export const TYPE_LABEL: Record<GrowthEventDto['type'], string> = {
  purchase: '消费',
  refund: '退款',
  interaction: '互动',
  share: '分享',
  void: '撤销消费',
}

/** How many loaded share events were a friend opening the member's link (the backend's title says so). */
export function countShareVisits(events: readonly GrowthEventDto[]): number {
  return events.filter((e) => e.type === 'share' && e.title === SHARE_VISIT_TITLE).length
}

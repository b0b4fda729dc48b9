import { formatShanghai } from '@/lib/format'
import type { CommunityEventDto } from '@/services/schemas/community'

export const COMMUNITY_URL = '/pages/community/index'

export function whenText(e: CommunityEventDto): string {
  const sameDay = formatShanghai(e.startsAt, 'YYYY-MM-DD') === formatShanghai(e.endsAt, 'YYYY-MM-DD')
  return `${formatShanghai(e.startsAt, 'M月D日 HH:mm')} – ${formatShanghai(e.endsAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

export function seatsText(e: CommunityEventDto): string {
  if (e.status === 'closed') return `共 ${e.seats} 席 · 报名已截止`
  return e.seatsLeft > 0 ? `剩余 ${e.seatsLeft} 席 / 共 ${e.seats} 席` : `已满 ${e.seats} 席 · 可候补`
}

export function myStatusText(e: CommunityEventDto): string | null {
  switch (e.myStatus) {
    case 'registered':
      return '已报名 · 到场请向店员出示会员码签到'
    case 'waitlisted':
      return `候补第 ${e.waitlistPosition ?? '?'} 位 · 有人取消会按顺序递补`
    case 'attended':
      return '已签到参加'
    default:
      return null
  }
}

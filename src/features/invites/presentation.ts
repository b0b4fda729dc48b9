import { daysLeft } from '@/domain/invites'
import { formatShanghai } from '@/lib/format'
import type { InviteDto } from '@/services/schemas/invites'

export const KIND_LABEL: Record<InviteDto['kind'], string> = {
  beta_test: '新品内测',
  workshop: '共创研讨会',
  vip_event: 'VIP 活动',
  content: '内容共创',
  governance: '社区治理',
  level_up: '升级邀请',
}

export const STATUS_LABEL: Record<InviteDto['status'], string> = {
  pending: '待回复',
  accepted: '已接受',
  waitlisted: '候补中',
  declined: '已婉拒',
  expired: '已截止',
}

export type InboxGroup = 'pending' | 'answered' | 'past'

/** Pending first, then answered, then past (expired without an answer). */
export function inboxGroup(invite: InviteDto): InboxGroup {
  if (invite.status === 'pending') return 'pending'
  return invite.status === 'expired' ? 'past' : 'answered'
}

export const GROUP_TITLE: Record<InboxGroup, string> = { pending: '待回复', answered: '已回复', past: '已结束' }

/** "回复截止 11月25日 23:59（还剩 3 天）", in Shanghai time whatever the phone's zone. */
export function deadlineText(invite: InviteDto, now: number): string {
  const when = formatShanghai(invite.respondBy, 'M月D日 HH:mm')
  if (invite.status === 'expired') return `已于 ${when} 截止回复`
  if (invite.status !== 'pending') return `回复截止 ${when}`
  const days = daysLeft(invite.respondBy, now)
  return `回复截止 ${when}（${days <= 0 ? '今天截止' : `还剩 ${days} 天`}）`
}

export function seatsText(invite: InviteDto): string | null {
  if (invite.capacity === undefined || invite.seatsLeft === undefined) return null
  return invite.seatsLeft > 0 ? `剩余 ${invite.seatsLeft} / ${invite.capacity} 席` : `${invite.capacity} 席已满，可候补`
}

export function whenText(invite: InviteDto): string | null {
  if (!invite.startsAt || invite.kind === 'level_up') return null
  const end = invite.endsAt ? formatShanghai(invite.endsAt, 'HH:mm') : ''
  return `${formatShanghai(invite.startsAt, 'M月D日 HH:mm')}${end ? `–${end}` : ''}`
}

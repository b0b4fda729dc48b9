import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { InviteDto } from '@/services/schemas/invites'
import { deadlineText, KIND_LABEL, seatsText, STATUS_LABEL } from '../presentation'

export const detailUrl = (id: string) => `/pages/invite-detail/index?id=${encodeURIComponent(id)}`

/** One invitation in the inbox: kind, title, who invited, deadline, seats. */
export function InviteCard({ invite, now }: { invite: InviteDto; now: number }) {
  const seats = seatsText(invite)
  return (
    <View
      className={`invite-card invite-card--${invite.status}`}
      data-testid={`invite-${invite.id}`}
      onClick={() => void Taro.navigateTo({ url: detailUrl(invite.id) })}
      // Named by its visible text (kind, status, title, inviter, deadline).
      {...a11y(undefined, 'link')}
    >
      <View className='invite-card__top'>
        <Text className='invite-card__kind'>{KIND_LABEL[invite.kind]}</Text>
        <Text className={`invite-card__status invite-card__status--${invite.status}`}>
          {STATUS_LABEL[invite.status]}
          {invite.status === 'waitlisted' && invite.waitlistPosition ? ` 第 ${invite.waitlistPosition} 位` : ''}
        </Text>
      </View>
      <Text className='invite-card__title'>{invite.title}</Text>
      <Text className='invite-card__from'>
        {invite.fromStaff.name} · {invite.fromStaff.title} 邀请你
      </Text>
      <Text className='invite-card__deadline'>{deadlineText(invite, now)}</Text>
      {seats && <Text className='invite-card__seats'>{seats}</Text>}
    </View>
  )
}

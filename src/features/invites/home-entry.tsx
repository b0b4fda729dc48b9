import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { formatShanghai } from '@/lib/format'
import { detailUrl } from './components/invite-card'
import { pendingInvites, useInvitesStore } from './invites-store'
import './invites.scss'

/** The home page's way into the inbox, with the number waiting for an answer. */
export function InvitesHomeEntry() {
  const invites = useInvitesStore((s) => s.invites)
  const load = useInvitesStore((s) => s.load)
  // Mounted once the member data is in, i.e. after the page's first show: load now, and on every later show.
  useEffect(() => void load(), [load])
  useDidShow(() => void load())
  const pending = pendingInvites(invites)
  return (
    <View
      className='invites-entry'
      onClick={() => void Taro.navigateTo({ url: '/pages/invites/index' })}
      {...a11y(pending > 0 ? `共创邀请，${pending} 份待回复` : '共创邀请，查看全部', 'link')}
    >
      <Text className='invites-entry__title'>共创邀请</Text>
      {pending > 0 ? (
        <Text className='invites-entry__badge' data-testid='invites-badge'>
          {pending}
        </Text>
      ) : (
        <Text className='invites-entry__hint'>查看全部</Text>
      )}
    </View>
  )
}

/**
 * Replaces the home's "等待邀请" note once the level-up invitation exists: it has arrived (go
 * answer it), or it was declined (the member is still eligible; here is how to be asked again).
 */
export function LevelUpInviteNotice({ levelName, fallback }: { levelName: string; fallback: React.ReactNode }) {
  const invites = useInvitesStore((s) => s.invites)
  const levelUps = (invites ?? []).filter((i) => i.kind === 'level_up')
  const pending = levelUps.find((i) => i.status === 'pending')
  if (pending) {
    return (
      <View onClick={() => void Taro.navigateTo({ url: detailUrl(pending.id) })} {...a11y(undefined, 'link')}>
        <Notice tone='info' title={`你收到了「${levelName}」邀请`}>
          <Text>{pending.fromStaff.name}（{pending.fromStaff.title}）邀请你升级，点此查看并回复</Text>
        </Notice>
      </View>
    )
  }
  const declined = levelUps.filter((i) => i.status === 'declined').pop()
  if (declined) {
    const again = declined.reissueAfter ? formatShanghai(declined.reissueAfter, 'M月D日') : null
    return (
      <Notice tone='info' title={`你已婉拒「${levelName}」邀请，仍保有升级资格`}>
        <Text>
          {again ? `${again}起若仍满足标准，专属顾问会再次发出邀请；` : ''}想提前加入，可联系你的专属顾问重新发出邀请。
        </Text>
      </Notice>
    )
  }
  return <>{fallback}</>
}

import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { sortInvitesForInbox, type Invite } from '@/domain/invites'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import type { InviteDto } from '@/services/schemas/invites'
import { InviteCard } from './components/invite-card'
import { useInvitesStore } from './invites-store'
import { GROUP_TITLE, inboxGroup, type InboxGroup } from './presentation'
import './invites.scss'

const GROUPS: InboxGroup[] = ['pending', 'answered', 'past']

/** The domain orders by deadline inside each group; it only needs the fields it reads. */
function ordered(invites: InviteDto[], now: number): InviteDto[] {
  const byId = new Map(invites.map((i) => [i.id, i]))
  const asDomain = invites.map((i) => ({ ...i, activityId: i.id }) as unknown as Invite)
  return sortInvitesForInbox(asDomain, now).map((i) => byId.get(i.id) as InviteDto)
}

/** 共创邀请: what waits for an answer, then what was answered, then what has passed. */
export function InboxScreen() {
  const invites = useInvitesStore((s) => s.invites)
  const status = useInvitesStore((s) => s.status)
  const error = useInvitesStore((s) => s.error)
  const load = useInvitesStore((s) => s.load)

  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  // Deadlines are the server's: a phone clock that is off must not close or reopen an invite.
  const now = serverNow()
  if (!invites && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!invites)
    return (
      <SkeletonGroup label='正在加载邀请'>
        <SkeletonBlock height={120} />
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )
  if (invites.length === 0)
    return (
      <EmptyState
        title='暂时没有邀请'
        message='品牌顾问会邀请「积极互动」及以上的会员参与内测、研讨会和社群活动：多消费、互动和分享，升级后邀请会出现在这里'
        action={{ label: '看看怎样升级', onClick: () => void Taro.navigateTo({ url: '/pages/growth/index' }) }}
      />
    )

  const sorted = ordered(invites, now)
  return (
    <View className='invites'>
      {error && <Text className='invites__stale'>{describeError(error)}（显示的是上次加载的邀请）</Text>}
      {GROUPS.map((group) => {
        const items = sorted.filter((i) => inboxGroup(i) === group)
        if (items.length === 0) return null
        return (
          <View key={group} className='invites__group' data-testid={`group-${group}`}>
            <Text className='invites__group-title'>
              {GROUP_TITLE[group]}（{items.length}）
            </Text>
            {items.map((invite) => (
              <InviteCard key={invite.id} invite={invite} now={now} />
            ))}
          </View>
        )
      })}
    </View>
  )
}

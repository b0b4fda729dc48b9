import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { openMemberCode } from '@/features/earning/home-entry'
import { membershipView, useMembershipStore } from '@/features/growth'
// The store alone: the badge needs the unread count, not the 消息 screen.
import { useMessagesStore } from '@/features/messages/messages-store'
// Not the feature's index: that would pull the whole tester console into the main package.
import { openStoreCounter, openTesterConsole } from '@/features/tester/open'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import { MESSAGES_URL } from '@/services/app-routes'
import './profile.scss'

/** The journeys' pages a member reaches from 我的. */
const JOURNEY_ROWS = [
  { label: '社群活动', hint: '报名与签到', url: '/pages/community/index', testId: 'profile-community' },
  { label: '我的分享', hint: '使用心得与晒单', url: '/pages/posts/index', testId: 'profile-posts' },
  { label: '我邀请的', hint: '好友加入与首单', url: '/pages/referrals/index', testId: 'profile-referrals' },
  { label: '提个想法', hint: '直达品牌团队', url: '/pages/ideas/index', testId: 'profile-ideas' },
  { label: '已享权益', hint: '今年会员给了我什么', url: '/pages/value/index', testId: 'profile-value' },
  { label: '我的会员旅程', hint: '一路走来的里程碑', url: '/pages/journey/index', testId: 'profile-journey' },
]

/** 我的: who the app thinks I am, and the build I am running. `actions` (资料, 退出登录) sit above the version line. */
export function ProfileScreen({ actions }: { actions?: ReactNode } = {}) {
  const snapshot = useMembershipStore((s) => s.snapshot)
  const status = useMembershipStore((s) => s.status)
  const error = useMembershipStore((s) => s.error)
  const load = useMembershipStore((s) => s.load)
  const unread = useMessagesStore((s) => s.unread)
  const loadMessages = useMessagesStore((s) => s.load)
  useDidShow(() => {
    void load()
    void loadMessages()
  })

  if (!snapshot && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!snapshot)
    return (
      <SkeletonGroup>
        <SkeletonBlock height={200} />
        <SkeletonBlock height={300} />
      </SkeletonGroup>
    )

  const { member, level } = membershipView(snapshot)
  // A part that failed reads as a dash: the profile has nothing to act on, the home has the retry.
  const rows: Array<[string, string]> = [
    ['会员编号', member ? member.memberNo ?? member.id : '—'],
    ['手机号', member ? member.phoneMasked || '未绑定' : '—'],
    ['当前等级', level ? `${level.name}（第 ${level.rank} 级）` : '—'],
    ['入会时间', member ? formatShanghai(member.joinedAt, 'YYYY年M月D日') : '—'],
  ]
  const nickname = member?.nickname ?? '会员'
  return (
    <View className='profile'>
      <View className='profile__head'>
        <View className='profile__avatar' {...a11y('头像')}>
          <Text>{nickname.slice(0, 1)}</Text>
        </View>
        <Text className='profile__name'>{nickname}</Text>
      </View>
      <View className='profile__list'>
        {rows.map(([label, value]) => (
          <View key={label} className='profile__row'>
            <Text className='profile__label'>{label}</Text>
            <Text className='profile__value'>{value}</Text>
          </View>
        ))}
      </View>
      <View className='profile__list profile__entries'>
        <View className='profile__row profile__entry' onClick={openMemberCode} data-testid='profile-member-code' {...a11y(undefined, 'link')}>
          <Text className='profile__label'>会员码</Text>
          <Text className='profile__value'>到店出示 ›</Text>
        </View>
        <View
          className='profile__row profile__entry'
          onClick={() => void Taro.navigateTo({ url: MESSAGES_URL })}
          data-testid='profile-messages'
          {...a11y(unread > 0 ? `消息，${unread} 条未读` : '消息', 'link')}
        >
          <Text className='profile__label'>消息</Text>
          <Text className='profile__value'>{unread > 0 ? `${unread > 99 ? '99+' : unread} 条未读 ›` : '查看 ›'}</Text>
        </View>
        <View
          className='profile__row profile__entry'
          onClick={() => void Taro.navigateTo({ url: '/pages/cocreation-record/index' })}
          {...a11y(undefined, 'link')}
        >
          <Text className='profile__label'>我的共创</Text>
          <Text className='profile__value'>查看 ›</Text>
        </View>
        {JOURNEY_ROWS.map((row) => (
          <View key={row.url} className='profile__row profile__entry' onClick={() => void Taro.navigateTo({ url: row.url })} data-testid={row.testId} {...a11y(undefined, 'link')}>
            <Text className='profile__label'>{row.label}</Text>
            <Text className='profile__value'>{row.hint} ›</Text>
          </View>
        ))}
        {__MOCK__ && (
          <View className='profile__row profile__entry' onClick={openStoreCounter} {...a11y(undefined, 'link')}>
            <Text className='profile__label'>门店核销（测试）</Text>
            <Text className='profile__value'>›</Text>
          </View>
        )}
      </View>
      {actions}
      {/* A long-press here opens the tester console in mock builds (testers know; members never need it). */}
      {/* A View takes the long-press on every platform: H5's Text has no longpress event, a View does. */}
      <View className='profile__version' onLongPress={__MOCK__ ? openTesterConsole : undefined}>
        <Text>
          会员圈 v{__APP_VERSION__}
          {__MOCK__ ? ' · 演示数据' : ''}
        </Text>
      </View>
    </View>
  )
}

import { Button, Text, View } from '@tarojs/components'
import { Notice } from '@/components/notice'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import type { MembershipState } from '../membership-store'
import { MemberCard } from './member-card'
import { KeepLevelProgress, NextLevelProgress } from './next-level-progress'
import { RetentionNotice } from './retention-notice'
import './growth-sections.scss'

type Props = Pick<MembershipState, 'snapshot' | 'stale' | 'error' | 'refreshing'> & {
  onRetry: () => void
  now: number
}

/** The member home's content once there is something to show, fresh or remembered. */
export function MembershipOverview({ snapshot, stale, error, refreshing, onRetry, now }: Props) {
  if (!snapshot) return null
  const { member, growth, levels } = snapshot
  const level = levels.find((l) => l.code === growth.levelCode)
  const next = growth.nextLevelCode ? levels.find((l) => l.code === growth.nextLevelCode) : undefined
  if (!level) return <Notice tone='warning' title='等级信息暂不可用' />

  return (
    <View>
      {stale && error && (
        <Notice
          tone='offline'
          title={describeError(error)}
          action={
            <Button className='notice__action' onClick={onRetry} disabled={refreshing} ariaLabel='重试'>
              {refreshing ? '重试中' : '重试'}
            </Button>
          }
        >
          <Text>当前显示的是 {formatShanghai(snapshot.fetchedAt, 'M月D日 HH:mm')} 保存的数据，可能不是最新</Text>
        </Notice>
      )}
      <MemberCard member={member} level={level} levels={levels} expiresAt={growth.levelExpiresAt} />
      <RetentionNotice growth={growth} level={level} now={now} />
      {growth.awaitingInvite && next && (
        <Notice tone='info' title={`已满足「${next.name}」标准，等待邀请`}>
          <Text>品牌专属顾问将向您发出共创邀请，接受后即可升级</Text>
        </Notice>
      )}
      {next ? (
        <NextLevelProgress growth={growth} next={next} />
      ) : (
        <KeepLevelProgress growth={growth} level={level} />
      )}
      <Text className='updated-at'>
        {stale ? '离线数据 · ' : ''}更新于 {formatShanghai(snapshot.fetchedAt, 'M月D日 HH:mm')}
        {refreshing ? ' · 正在刷新' : ''}
      </Text>
    </View>
  )
}

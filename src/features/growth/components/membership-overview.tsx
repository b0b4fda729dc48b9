import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import type { MembershipState } from '../membership-store'
import { MemberCard } from './member-card'
import { KeepLevelProgress, NextLevelProgress } from './next-level-progress'
import { RetentionNotice } from './retention-notice'
import './growth-sections.scss'

/** What other features put on the home page; the page composes them (features do not import each other). */
export interface HomeSlots {
  /** Below the member card, e.g. the invitations entry with its pending badge. */
  belowCard?: ReactNode
  /** Replaces the "等待邀请" note, e.g. once the level-up invitation has arrived or was declined. */
  awaitingInvite?: (nextLevelName: string, fallback: ReactNode) => ReactNode
}

type Props = Pick<MembershipState, 'snapshot' | 'stale' | 'error' | 'refreshing'> & {
  onRetry: () => void
  now: number
  slots?: HomeSlots
}

/** The member home's content once there is something to show, fresh or remembered. */
export function MembershipOverview({ snapshot, stale, error, refreshing, onRetry, now, slots }: Props) {
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
            <Button className='notice__action' onClick={onRetry} disabled={refreshing} {...a11y(undefined, 'button', { disabled: Boolean(refreshing) })}>
              {refreshing ? '重试中' : '重试'}
            </Button>
          }
        >
          <Text>当前显示的是 {formatShanghai(snapshot.fetchedAt, 'M月D日 HH:mm')} 保存的数据，可能不是最新</Text>
        </Notice>
      )}
      <MemberCard member={member} level={level} levels={levels} expiresAt={growth.levelExpiresAt} />
      <RetentionNotice growth={growth} level={level} now={now} />
      {slots?.belowCard}
      {growth.awaitingInvite && next && (slots?.awaitingInvite ? slots.awaitingInvite(next.name, awaitingNote(next.name)) : awaitingNote(next.name))}
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

function awaitingNote(name: string) {
  return (
    <Notice tone='info' title={`已满足「${name}」标准，等待邀请`}>
      <Text>品牌专属顾问将向您发出共创邀请，接受后即可升级</Text>
    </Notice>
  )
}

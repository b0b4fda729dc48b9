import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { describeError } from '@/services/errors'
import type { Member } from '@/services/schemas/growth'
import { formatShanghai } from '@/lib/format'
import type { MembershipPart, MembershipState } from '../membership-store'
import { membershipView } from '../membership-view'
import { MemberCard } from './member-card'
import { PartFailed } from './part-failed'
import { KeepLevelProgress, NextLevelProgress } from './next-level-progress'
import { RetentionNotice } from './retention-notice'
import './growth-sections.scss'

/** What other features put on the home page; the page composes them (features do not import each other). */
export interface HomeSlots {
  /** Below the member card, e.g. the invitations entry with its pending badge. */
  belowCard?: ReactNode
  /** What depends on who the member is (e.g. their advisor), once `GET /me` has answered. */
  forMember?: (member: Member) => ReactNode
  /** Replaces the "等待邀请" note, e.g. once the level-up invitation has arrived or was declined. */
  awaitingInvite?: (nextLevelName: string, fallback: ReactNode) => ReactNode
}

type Props = Pick<MembershipState, 'snapshot' | 'stale' | 'error' | 'refreshing' | 'failed' | 'retrying'> & {
  onRetry: () => void
  onRetryPart: (part: MembershipPart) => void
  now: number
  slots?: HomeSlots
}

/** The member home's content once there is something to show, fresh or remembered. */
export function MembershipOverview({ snapshot, stale, error, refreshing, failed, retrying, onRetry, onRetryPart, now, slots }: Props) {
  if (!snapshot) return null
  const { member, growth, levels, levelsBuiltIn, level, next } = membershipView(snapshot)
  if (!level) return <Notice tone='warning' title='等级信息暂不可用' />
  // A part with nothing to show gets its own failure line and retry; the rest of the page stays.
  const missing = (part: MembershipPart, fallback?: string) =>
    !snapshot[part] && <PartFailed part={part} error={failed[part]} retrying={retrying[part]} onRetry={onRetryPart} fallback={fallback} />

  return (
    <View>
      {stale && error && (
        <Notice
          tone='offline'
          title={describeError(error)}
          action={
            <Button className='notice__action btn btn--primary btn--small' onClick={onRetry} disabled={refreshing || undefined} {...a11y(undefined, 'button', { disabled: Boolean(refreshing) })}>
              {refreshing ? '重试中' : '重试'}
            </Button>
          }
        >
          <Text>当前显示的是 {formatShanghai(snapshot.fetchedAt, 'M月D日 HH:mm')} 保存的数据，可能不是最新</Text>
        </Notice>
      )}
      {missing('member')}
      <MemberCard member={member} level={level} levels={levels} expiresAt={growth?.levelExpiresAt} />
      {levelsBuiltIn && missing('levels', '等级名称按应用内置的成长路径显示')}
      {growth && <RetentionNotice growth={growth} level={level} now={now} />}
      {slots?.belowCard}
      {snapshot.member && slots?.forMember?.(snapshot.member)}
      {growth?.awaitingInvite && next && (slots?.awaitingInvite ? slots.awaitingInvite(next.name, awaitingNote(next.name)) : awaitingNote(next.name))}
      {missing('growth')}
      {/* At risk: what keeps the level comes first; the next level's gaps follow. */}
      {growth && growth.retention.atRisk && next && <KeepLevelProgress growth={growth} level={level} />}
      {growth && (next ? <NextLevelProgress growth={growth} next={next} /> : <KeepLevelProgress growth={growth} level={level} />)}
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
      <Text>品牌专属顾问将向你发出共创邀请，接受后即可升级</Text>
    </Notice>
  )
}

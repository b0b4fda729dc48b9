import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { RemindMe } from '@/features/messages'
import { describeMissing } from '@/domain/criteria'
import { shanghaiDaysBetween, parseInstant } from '@/domain/time'
import { formatShanghai } from '@/lib/format'
import type { Growth, LevelDto } from '@/services/schemas/growth'

interface Props {
  growth: Growth
  level: LevelDto
  now: number
}

/** Shown only when the level lapses within 30 days and the ledger does not yet keep it. */
export function RetentionNotice({ growth, level, now }: Props) {
  if (!growth.retention.atRisk || !growth.levelExpiresAt) return null
  const days = Math.max(0, shanghaiDaysBetween(now, parseInstant(growth.levelExpiresAt)))
  const joiner = level.criteria?.mode === 'all' ? '，且' : '，或'
  const needed = growth.retention.needed
    .map((n) => describeMissing(n))
    .filter(Boolean)
    .join(joiner)
  return (
    <Notice
      tone='warning'
      title={`「${level.name}」将于 ${formatShanghai(growth.levelExpiresAt, 'M月D日')}到期，还剩 ${days} 天`}
      action={
        // The banner leads to the growth path, whose 保持等级 section lists what keeps the level.
        <Button className='notice__action btn btn--primary btn--small' onClick={() => void Taro.navigateTo({ url: '/pages/growth/index' })} {...a11y(undefined, 'link')}>
          去保级
        </Button>
      }
    >
      <Text>到期前{needed}，即可保住「{level.name}」</Text>
      <RemindMe topics={['level-expiry']} label='到期前 30 天和 7 天提醒我' />
    </Notice>
  )
}

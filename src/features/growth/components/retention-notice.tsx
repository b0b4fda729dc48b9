import { Text } from '@tarojs/components'
import { Notice } from '@/components/notice'
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
    <Notice tone='warning' title={`「${level.name}」将于 ${formatShanghai(growth.levelExpiresAt, 'M月D日')}到期，还剩 ${days} 天`}>
      <Text>到期前{needed}，即可保住「{level.name}」</Text>
    </Notice>
  )
}

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import type { LevelCode } from '@/domain'
import { DIMENSION_LABEL, formatDimension } from '@/features/growth'
import { describeError } from '@/services/errors'
import type { LevelDto } from '@/services/schemas/growth'
import { fetchPublicLevels } from './api'
import { JOIN_PAGE } from './routes'
// Last, so every chunk orders these styles after the shared components' and growth's.
import './identity.scss'

/** What each level brings (DOMAIN.md); the criteria come from the backend's published standard. */
const BRINGS: Record<LevelCode, string> = {
  explorer: '新手内容、问题解答、新人券',
  experiencer: '「新手上路」指南、使用技巧、复购券、生日礼',
  engager: '社区活动、优质分享奖励、新品抢先购、包邮',
  cocreator: '专属顾问、一对一优先响应、新品内测、共创研讨会、限量权益',
}

/** How a level is reached, as a member would say it: "加入会员即可", "完成首笔消费", "一年内…". */
function standard(level: LevelDto): string {
  const { criteria } = level
  if (!criteria) return '加入会员即可'
  const dims = (['spendFen', 'interactions', 'shares'] as const).filter((d) => criteria[d] !== undefined)
  // A spend of ¥1 or less is "any purchase": "消费金额达到 ¥1" reads like a price.
  if (dims.length === 1 && dims[0] === 'spendFen' && criteria.spendFen! <= 100) return `完成首笔消费${level.requiresInvite ? '，并接受员工邀请' : ''}`
  const parts = dims.map((d) => `${DIMENSION_LABEL[d]}达到 ${formatDimension(d, criteria[d]!)}`)
  const joined = parts.join(criteria.mode === 'any' ? '，或' : '，且')
  return `一年内${joined}${level.requiresInvite ? '，并接受员工邀请' : ''}`
}

/** The large circle's front door: what the programme offers a visitor, and one way in. */
export function ProgrammeScreen() {
  const [levels, setLevels] = useState<LevelDto[] | null>(null)
  const [error, setError] = useState<unknown>(null)

  const load = useCallback(() => {
    setError(null)
    fetchPublicLevels().then(setLevels, setError)
  }, [])
  useEffect(load, [load])

  const join = () => void Taro.navigateTo({ url: JOIN_PAGE })

  return (
    <View className='identity programme'>
      <Text className='identity__title'>加入会员圈</Text>
      <Text className='identity__lead'>四个等级，越投入越懂你。升级标准公开，进度随时可见。</Text>
      <View className='programme__gift'>
        <Text className='programme__gift-title'>新人礼</Text>
        <Text>加入即得新人券，放入券包，到店出示即可使用。</Text>
      </View>
      {error !== null && <ErrorState message={describeError(error)} onRetry={load} />}
      {levels === null && error === null && (
        <SkeletonGroup>
          <SkeletonBlock height={480} />
        </SkeletonGroup>
      )}
      {levels && (
        <View className='programme__levels' {...a11y('会员等级', 'list')}>
          {levels.map((level) => (
            <View key={level.code} className='programme__level' {...a11y(undefined, 'listitem')}>
              <Text className='programme__level-name'>
                {level.rank}. {level.name}
              </Text>
              <Text className='programme__brings'>可享：{BRINGS[level.code as LevelCode] ?? '—'}</Text>
              <Text className='programme__standard'>如何达到：{standard(level)}</Text>
            </View>
          ))}
        </View>
      )}
      <Button className='btn btn--primary identity__primary' onClick={join} {...a11y(undefined, 'button')}>
        加入会员
      </Button>
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { KeepLevelProgress, membershipView, NextLevelProgress, PartFailed, useMembershipOnShow, type MembershipPart } from '@/features/growth'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import { CheckInCard } from '@/features/earning/check-in-card'
import { GrowthTasks } from './components/growth-tasks'
import { KeepLevel } from './components/keep-level'
import { LevelPath } from './components/level-path'
import '@/components/states.scss'
import './growth-path.scss'

/** 成长路径: every level on one path, my place on it, the next step per dimension, how to keep mine. */
export function GrowthPathScreen() {
  const { status, snapshot, stale, error, refreshing, failed, retrying, load, retry } = useMembershipOnShow()

  if (!snapshot) {
    if (status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} retrying={refreshing} />
    return (
      <SkeletonGroup label='正在加载成长路径'>
        <SkeletonBlock height={200} />
        <SkeletonBlock height={200} />
        <SkeletonBlock height={200} />
        <SkeletonBlock height={200} />
      </SkeletonGroup>
    )
  }

  const { growth, levels, levelsBuiltIn, level, next } = membershipView(snapshot)
  if (!level) return <Notice tone='warning' title='等级信息暂不可用' />
  const onRetryPart = (part: MembershipPart) => void retry(part)

  return (
    <View className='growth-path'>
      {stale && error && (
        <Notice
          tone='offline'
          title={describeError(error)}
          action={
            <Button className='notice__action btn btn--primary btn--small' onClick={() => void load()} disabled={refreshing || undefined} ariaLabel='重试' {...a11y(undefined, 'button', { disabled: Boolean(refreshing) })}>
              {refreshing ? '重试中' : '重试'}
            </Button>
          }
        >
          <Text>当前显示的是 {formatShanghai(snapshot.fetchedAt, 'M月D日 HH:mm')} 保存的数据，可能不是最新</Text>
        </Notice>
      )}
      <View className='growth-path__head'>
        <Text className='growth-path__caption'>我的位置</Text>
        <Text className='growth-path__level' data-testid='path-current-level'>
          {level.name} · 第 {level.rank}/{levels.length} 级
        </Text>
        {growth && (
          <Text className='growth-path__window'>
            统计周期 {formatShanghai(growth.window.from, 'YYYY年M月D日')} 至 {formatShanghai(growth.window.to, 'YYYY年M月D日')}
          </Text>
        )}
      </View>
      {levelsBuiltIn && (
        <PartFailed part='levels' error={failed.levels} retrying={retrying.levels} onRetry={onRetryPart} fallback='等级名称按应用内置的成长路径显示' />
      )}
      <LevelPath levels={levels} currentCode={level.code} />
      {!growth && <PartFailed part='growth' error={failed.growth} retrying={retrying.growth} onRetry={onRetryPart} />}
      {growth?.awaitingInvite && next && (
        <Notice tone='info' title={`已满足「${next.name}」标准，等待邀请`}>
          <Text>品牌专属顾问将向你发出共创邀请，接受后即可升级</Text>
        </Notice>
      )}
      {growth && (
        <>
          {growth.retention.atRisk && next && <KeepLevelProgress growth={growth} level={level} />}
          {next ? <NextLevelProgress growth={growth} next={next} /> : <KeepLevelProgress growth={growth} level={level} />}
          <KeepLevel growth={growth} level={level} levels={levels} />
          <GrowthTasks growth={growth} />
          <CheckInCard />
        </>
      )}
      <View className='pill-links'>
        <Button className='pill-link btn btn--secondary' onClick={() => void Taro.navigateTo({ url: '/pages/growth-record/index' })} {...a11y(undefined, 'link')}>
          查看成长记录
        </Button>
        <Button className='pill-link btn btn--secondary' onClick={() => void Taro.switchTab({ url: '/pages/rights/index' })} {...a11y(undefined, 'link')}>
          各等级权益
        </Button>
      </View>
    </View>
  )
}

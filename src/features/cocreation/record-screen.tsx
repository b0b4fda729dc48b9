import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatShanghai } from '@/lib/format'
import { describeError } from '@/services/errors'
import { useCocreationStore } from './cocreation-store'
import { KIND_LABEL, taskUrl } from './presentation'
import './cocreation.scss'

/** 我的共创: what the member handed in, what became of it, and what staff said. */
export function RecordScreen() {
  const record = useCocreationStore((s) => s.record)
  const status = useCocreationStore((s) => s.recordStatus)
  const error = useCocreationStore((s) => s.recordError)
  const load = useCocreationStore((s) => s.loadRecord)
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  if (!record && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!record)
    return (
      <SkeletonGroup label='正在加载我的共创'>
        <SkeletonBlock height={120} />
        <SkeletonBlock height={200} />
      </SkeletonGroup>
    )
  if (record.record.length === 0)
    return (
      <EmptyState
        title='还没有共创记录'
        message='接受共创邀请后，在邀请页完成反馈、问卷、投稿或投票，记录会出现在这里'
        action={{ label: '查看共创邀请', onClick: () => void Taro.navigateTo({ url: '/pages/invites/index' }) }}
      />
    )

  return (
    <View className='cocreation-record'>
      {error && <Text className='cocreation__error'>{describeError(error)}（显示的是上次加载的记录）</Text>}
      <View className='cocreation-record__summary'>
        <View>
          <Text className='cocreation-record__num' data-testid='record-submitted'>{record.submitted}</Text>
          <Text className='cocreation-record__label'>已提交</Text>
        </View>
        <View>
          <Text className='cocreation-record__num' data-testid='record-adopted'>{record.adopted}</Text>
          <Text className='cocreation-record__label'>被采纳</Text>
        </View>
      </View>
      {record.record.map((item) => (
        <View
          key={item.taskId}
          className='task-card'
          data-testid={`record-${item.taskId}`}
          onClick={() => void Taro.navigateTo({ url: taskUrl(item.taskId) })}
          {...a11y(undefined, 'link')}
        >
          <View className='task-card__top'>
            <Text className='task-card__kind'>{item.kind ? KIND_LABEL[item.kind] : '共创'}</Text>
            <Text className={`task-card__status task-card__status--${item.status}`}>{item.status === 'adopted' ? '已采纳' : '已提交'}</Text>
          </View>
          <Text className='task-card__title'>{item.title}</Text>
          <Text className='task-card__line'>提交于 {formatShanghai(item.submittedAt, 'YYYY年M月D日 HH:mm')}</Text>
          {item.adoptedAt && <Text className='task-card__line'>采纳于 {formatShanghai(item.adoptedAt, 'YYYY年M月D日')}</Text>}
          {item.staffReply && (
            <View className='cocreation-reply'>
              <Text className='cocreation-reply__label'>工作人员回复</Text>
              <Text className='cocreation__text'>{item.staffReply}</Text>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { TaskDto } from '@/services/schemas/cocreation'
import { ASK, KIND_LABEL, STATUS_LABEL, taskUrl, timingText } from '../presentation'

/** One task in a list: kind, status, what is asked, when it opens or is due. */
export function TaskCard({ task, now }: { task: TaskDto; now: number }) {
  return (
    <View
      className='task-card'
      data-testid={`task-${task.id}`}
      onClick={() => void Taro.navigateTo({ url: taskUrl(task.id) })}
      {...a11y(undefined, 'link')}
    >
      <View className='task-card__top'>
        <Text className='task-card__kind'>{KIND_LABEL[task.kind]}</Text>
        <Text className={`task-card__status task-card__status--${task.status}`}>{STATUS_LABEL[task.status]}</Text>
      </View>
      <Text className='task-card__title'>{task.title}</Text>
      <Text className='task-card__line'>需要你：{ASK[task.kind]}</Text>
      <Text className='task-card__line'>{timingText(task, now)}</Text>
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { Growth } from '@/services/schemas/growth'
import { deriveTasks, type GrowthTask } from '../tasks'

function go(task: GrowthTask) {
  void (task.tab ? Taro.switchTab({ url: task.url }) : Taro.navigateTo({ url: task.url }))
}

/** 去成长: one card per missing dimension, each leading to where it can be done. */
export function GrowthTasks({ growth }: { growth: Growth }) {
  const tasks = deriveTasks(growth)
  return (
    <View className='section' data-testid='growth-tasks'>
      <View className='section__head'>
        <Text className='section__title'>去成长</Text>
      </View>
      {tasks.length === 0 ? (
        <Text className='section__footnote'>
          {growth.awaitingInvite ? '各项标准已达成，等待品牌顾问的邀请' : '各项标准均已达成，继续保持就好'}
        </Text>
      ) : (
        tasks.map((t) => (
          <View key={t.id} className='task' onClick={() => go(t)} {...a11y(`${t.title}，${t.detail}`, 'button')}>
            <View className='task__body'>
              <Text className='task__title'>{t.title}</Text>
              <Text className='task__detail'>{t.detail}</Text>
            </View>
            <Text className='task__go'>去完成 ›</Text>
          </View>
        ))
      )}
    </View>
  )
}

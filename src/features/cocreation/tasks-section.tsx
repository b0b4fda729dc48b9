import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { useCocreationStore } from './cocreation-store'
import { TaskCard } from './components/task-card'
import './cocreation.scss'

const ORDER = { open: 0, upcoming: 1, submitted: 2, adopted: 3, closed: 4 } as const

/**
 * 共创任务: what accepted invites ask of the member, on the invites tab (all) and on an invite's
 * page (its own). Nothing at all when there is none, so members without tasks see no clutter.
 */
export function CocreationTasks({ inviteId }: { inviteId?: string }) {
  const tasks = useCocreationStore((s) => s.tasks)
  const error = useCocreationStore((s) => s.tasksError)
  const load = useCocreationStore((s) => s.loadTasks)
  useEffect(() => void load(), [load])
  useDidShow(() => void load())

  const mine = (tasks ?? []).filter((t) => !inviteId || t.inviteId === inviteId).sort((a, b) => ORDER[a.status] - ORDER[b.status])
  if (!tasks && error) return <Text className='cocreation-tasks__title'>共创任务暂时加载不了：{describeError(error)}</Text>
  if (mine.length === 0) return null
  const now = serverNow()
  return (
    <View className='cocreation-tasks' data-testid='cocreation-tasks'>
      <Text className='cocreation-tasks__title'>共创任务（{mine.length}）</Text>
      {mine.map((t) => (
        <TaskCard key={t.id} task={t} now={now} />
      ))}
    </View>
  )
}

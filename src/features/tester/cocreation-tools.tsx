import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { parseInstant, toIso } from '@/domain/time'
import { a11y } from '@/components/a11y'
import { describeError } from '@/services/errors'
import { invalidateMemberData } from '@/services/mock-session'
import * as api from './api'

/**
 * 共创: adopt the current persona's latest submission with a reply (the home then celebrates it
 * once), or move the backend clock just past the due date of the first task still open.
 */
export function CocreationTools() {
  const [reply, setReply] = useState('谢谢你的建议，我们采纳了！')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      setMessage(await work())
    } catch (e) {
      setMessage(`操作失败：${describeError(e)}`)
    } finally {
      setBusy(false)
      invalidateMemberData()
    }
  }

  const adopt = () =>
    run(async () => {
      const { record } = await api.fetchCocreationRecord()
      const latest = record.find((r) => r.status === 'submitted')
      if (!latest) return '当前身份没有待采纳的提交'
      await api.adoptSubmission(latest.taskId, reply.trim() || '谢谢你的建议！')
      return `已采纳：${latest.title}`
    })

  const passDue = () =>
    run(async () => {
      const tasks = await api.fetchCocreationTasks()
      const task = tasks.find((t) => t.status === 'open') ?? tasks.find((t) => t.status === 'upcoming')
      if (!task) return '当前身份没有未截止的共创任务'
      await api.setClock(toIso(parseInstant(task.dueAt) + 60_000))
      return `时钟已移到「${task.title}」截止后 1 分钟`
    })

  return (
    <View>
      <View className='tester__row'>
        <Input className='tester__input' value={reply} onInput={(e) => setReply(e.detail.value)} ariaLabel='采纳回复' nativeProps={{ 'aria-label': '采纳回复' }} />
      </View>
      <View className='tester__row'>
        <Button className='tester__chip btn btn--small btn--secondary' disabled={busy || undefined} onClick={() => void adopt()} {...a11y(undefined, 'button', { disabled: busy })}>
          采纳最近一次提交
        </Button>
        <Button className='tester__chip btn btn--small btn--secondary' disabled={busy || undefined} onClick={() => void passDue()} {...a11y(undefined, 'button', { disabled: busy })}>
          时钟移到任务截止后
        </Button>
      </View>
      {message && <Text className='tester__note' {...a11y(undefined, 'status')}>{message}</Text>}
    </View>
  )
}

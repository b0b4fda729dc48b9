import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { countChars, TEXT_MAX_CHARS } from '@/domain/cocreation'
import { parseInstant } from '@/domain/time'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { serverNow } from '@/services/clock'
import { describeError, isApiError } from '@/services/errors'
import { invalidateMemberData } from '@/services/mock-session'
import type { TaskDto } from '@/services/schemas/cocreation'
import { submitTask } from './api'
import { useCocreationStore } from './cocreation-store'
import { SubmittedView } from './components/submitted-view'
import { missingText, TaskFields } from './components/task-fields'
import { clearDraft, readDraft, toSubmission, writeDraft, type Draft } from './drafts'
import { ASK, KIND_LABEL, STATUS_LABEL, submitErrorText, timingText } from './presentation'
import './cocreation.scss'

/** One co-creation task: what is asked, when, and the form for its kind with a saved draft. */
export function TaskScreen({ id }: { id: string }) {
  const tasks = useCocreationStore((s) => s.tasks)
  const status = useCocreationStore((s) => s.tasksStatus)
  const error = useCocreationStore((s) => s.tasksError)
  const load = useCocreationStore((s) => s.loadTasks)
  useDidShow(() => void load())

  if (!tasks && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!tasks)
    return (
      <SkeletonGroup label='正在加载共创任务'>
        <SkeletonBlock height={160} />
        <SkeletonBlock height={320} />
      </SkeletonGroup>
    )
  const task = tasks.find((t) => t.id === id)
  if (!task) return <EmptyState title='没有这项共创任务' message='对应的邀请可能已取消，回到邀请列表看看吧' />
  return <TaskBody key={task.id} task={task} />
}

function TaskBody({ task }: { task: TaskDto }) {
  const load = useCocreationStore((s) => s.loadTasks)
  const putTask = useCocreationStore((s) => s.putTask)
  const [draft, setDraft] = useState<Draft>(() => readDraft(task.id))
  const [sending, setSending] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const now = serverNow()
  // The countdown moves while the page is open.
  const [, tick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000)
    return () => clearInterval(timer)
  }, [])

  const change = (next: Draft) => {
    setDraft(next)
    setMessage(null)
    writeDraft(task.id, next)
  }

  const send = async () => {
    const missing = missingText(task, draft)
    const tooLong = [draft.text ?? '', ...Object.values(draft.answers ?? {})].some((t) => countChars(t) > TEXT_MAX_CHARS)
    if (missing || tooLong) return setMessage(missing ?? `文字最多 ${TEXT_MAX_CHARS} 字，请删减后再提交`)
    setSending(true)
    setMessage(null)
    try {
      const res = await submitTask(task.id, toSubmission(draft))
      clearDraft(task.id)
      // The submission is one more interaction: the home and the growth record read it afresh.
      invalidateMemberData()
      if (res.task) putTask(res.task)
      void load()
      void Taro.showToast({ title: '提交成功，互动 +1', icon: 'success' })
    } catch (e) {
      setMessage(submitErrorText(e))
      // Refusals mean the task moved on (submitted elsewhere, closed): show it as it stands.
      if (isApiError(e) && e.kind === 'client') void load()
    } finally {
      setSending(false)
    }
  }

  const upcoming = task.status === 'upcoming' || now < parseInstant(task.opensAt)
  return (
    <View className='cocreation'>
      <View className='cocreation__head'>
        <Text className='cocreation__kind'>{KIND_LABEL[task.kind]}</Text>
        <Text className='cocreation__title'>{task.title}</Text>
        <Text className='cocreation__status' data-testid='task-status'>
          {STATUS_LABEL[task.status]} · {timingText(task, now)}
        </Text>
        <Text className='cocreation__text'>{task.description}</Text>
        <Text className='cocreation__text'>需要你：{ASK[task.kind]}</Text>
      </View>
      {/* Kept above whatever the task turned into: a refusal re-reads the task, and the reason must stay. */}
      {message && (
        <Text className='cocreation__error' {...a11y(undefined, 'alert')}>
          {message}
        </Text>
      )}
      {task.status === 'submitted' || task.status === 'adopted' ? (
        <SubmittedView task={task} />
      ) : task.status === 'closed' ? (
        <Notice tone='warning' title='任务已截止'>
          <Text>截止后不能再提交{draft && Object.keys(draft).length > 0 ? '，你的草稿仍保存在本机' : ''}。</Text>
        </Notice>
      ) : (
        <View>
          {upcoming && <Notice tone='info' title='任务还没开始'>可以先写好草稿，开始后再提交。</Notice>}
          <TaskFields task={task} draft={draft} onChange={change} />
          <Button
            className='btn btn--primary cocreation-primary'
            disabled={sending || upcoming || undefined}
            onClick={() => void send()}
            {...a11y(undefined, 'button', { disabled: sending || upcoming })}
          >
            {sending ? '正在提交…' : task.kind === 'vote' ? '投票' : '提交'}
          </Button>
          <Text className='cocreation__hint'>草稿会自动保存在本机</Text>
        </View>
      )}
    </View>
  )
}

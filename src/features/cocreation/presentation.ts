import type { TaskKind, TaskStatus } from '@/domain/cocreation'
import { parseInstant } from '@/domain/time'
import { formatShanghai } from '@/lib/format'
import { isApiError } from '@/services/errors'
import type { TaskDto } from '@/services/schemas/cocreation'

export const KIND_LABEL: Record<TaskKind, string> = { feedback: '内测反馈', survey: '活动问卷', content: '内容共创', vote: '社区投票' }
export const STATUS_LABEL: Record<TaskStatus, string> = {
  upcoming: '未开始',
  open: '进行中',
  submitted: '已提交',
  adopted: '已采纳',
  closed: '已截止',
}
export const ASK: Record<TaskKind, string> = {
  feedback: '打分、回答问题并写下使用感受',
  survey: '填写活动问卷',
  content: '投稿文字，可配一张图',
  vote: '为社区规则方案投票',
}

const HOUR = 60 * 60 * 1000
/** Within this much of the deadline the card counts down instead of showing a date. */
export const COUNTDOWN_WITHIN_MS = 48 * HOUR

/** When the task opens or is due, in Shanghai time; a countdown in its last two days. */
export function timingText(task: Pick<TaskDto, 'opensAt' | 'dueAt' | 'status'>, now: number): string {
  const opens = parseInstant(task.opensAt)
  const due = parseInstant(task.dueAt)
  if (task.status === 'upcoming' || now < opens) return `${formatShanghai(opens, 'M月D日 HH:mm')} 开始，${formatShanghai(due, 'M月D日 HH:mm')} 截止`
  if (task.status === 'closed' || now > due) return `已于 ${formatShanghai(due, 'M月D日 HH:mm')} 截止`
  const left = due - now
  if (task.status === 'open' && left <= COUNTDOWN_WITHIN_MS) {
    const hours = Math.floor(left / HOUR)
    const minutes = Math.floor((left % HOUR) / 60000)
    return `距截止还剩 ${hours > 0 ? `${hours} 小时 ` : ''}${minutes} 分钟`
  }
  return `${formatShanghai(due, 'M月D日 HH:mm')} 截止`
}

/** Why a submission was refused, as the member should read it. */
export function submitErrorText(e: unknown): string {
  if (isApiError(e)) {
    if (e.code === 'ALREADY_SUBMITTED') return '你已经提交过了，每项任务只能提交一次'
    if (e.code === 'NOT_OPEN') return '任务还没开始，开始后再来提交吧'
    if (e.code === 'CLOSED') return '任务已截止，无法再提交'
    if (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server') return '提交没有成功，草稿已保存，请重试'
    if (e.message) return e.message
  }
  return '提交没有成功，草稿已保存，请重试'
}

export const taskUrl = (id: string) => `/pages/cocreation-task/index?id=${encodeURIComponent(id)}`

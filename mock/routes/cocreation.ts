import { toIso } from '../../src/domain'
import { countChars, RATING_MAX, RATING_MIN, taskStatus, TEXT_MAX_CHARS } from '../../src/domain/cocreation'
import { effectiveInviteStatus, syncInviteWithActivity } from '../../src/domain/invites'
import type { Backend } from '../db/backend'
import { dict, type Dict } from '../db/dict'
import { appendEvents, type MemberState } from '../db/member-state'
import { taskForInvite, type CocreationState, type StoredSubmission, type TaskDefinition } from '../seeds/cocreation'
import { badRequest, HttpError } from './errors'
import { readObjectBody, readOptionalInt, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/**
 * Co-creation tasks. A task exists while its invite is accepted; submissions are the member's own,
 * vote tallies are shared by every member of the backend (`shared.extra.cocreationVotes`).
 * Handlers are synchronous, so racing votes are each counted exactly once.
 */

const VOTES_KEY = 'cocreationVotes'
type Tallies = Record<string, Record<string, number>>

export function cocreationOf(member: MemberState): CocreationState {
  member.cocreation ??= { submissions: {}, nextSeq: 1 }
  return member.cocreation
}

function talliesOf(backend: Backend): Tallies {
  const tallies = dict<Dict<number>>(backend.shared.extra[VOTES_KEY])
  for (const [taskId, counts] of Object.entries(tallies)) tallies[taskId] = dict(counts)
  backend.shared.extra[VOTES_KEY] = tallies
  return tallies
}

/** The member's tasks: one per accepted invite that leads to one (seats re-read, like /invites). */
function tasksOf(backend: Backend, member: MemberState): TaskDefinition[] {
  const activities = backend.shared.inviteActivities
  return Object.values(member.inviteAnswers).flatMap((record) => {
    const seats = activities[record.activityId]
    const synced = seats
      ? syncInviteWithActivity(record, { id: record.activityId, accepted: seats.seated, waitlist: seats.waitlist }, member.key)
      : record
    if (effectiveInviteStatus(synced, backend.now()) !== 'accepted') return []
    const task = taskForInvite(record)
    return task ? [task] : []
  })
}

function taskBody(backend: Backend, member: MemberState, task: TaskDefinition) {
  const submission = cocreationOf(member).submissions[task.id]
  const { seedVotes, options, ...rest } = task
  const counted = talliesOf(backend)[task.id] ?? {}
  // The tally is shown only to a member who has voted, so it cannot sway the vote.
  const showTally = Boolean(submission)
  return {
    ...rest,
    status: taskStatus(task, submission, backend.now()),
    ...(options
      ? {
          options: options.map((o) => ({
            ...o,
            ...(showTally ? { votes: (seedVotes?.[o.id] ?? 0) + (counted[o.id] ?? 0) } : {}),
          })),
        }
      : {}),
    ...(submission ? { submission: submissionBody(submission) } : {}),
  }
}

function submissionBody(s: StoredSubmission) {
  return { ...s, ...(s.answers ? { answers: { ...s.answers } } : {}) }
}

function findTask(backend: Backend, member: MemberState, id: string): TaskDefinition {
  const task = tasksOf(backend, member).find((t) => t.id === id)
  if (!task) throw new HttpError(404, 'TASK_NOT_FOUND', '没有这项共创任务，或对应的邀请未被接受')
  return task
}

type Draft = Omit<StoredSubmission, 'id' | 'taskId' | 'submittedAt' | 'status'>

function readSubmission(body: unknown, task: TaskDefinition): Draft {
  const b = readObjectBody(body)
  rejectUnknownFields(b, ['answers', 'rating', 'text', 'optionId', 'attachment'])
  const rating = readOptionalInt(b, 'rating', RATING_MIN, RATING_MAX)
  if (b.text !== undefined && typeof b.text !== 'string') throw badRequest('字段 text 必须是文字')
  const text = typeof b.text === 'string' ? b.text.trim() : undefined
  if (text !== undefined && countChars(text) > TEXT_MAX_CHARS) throw badRequest(`文字最多 ${TEXT_MAX_CHARS} 字`)
  const answers = readAnswers(b.answers, task)
  if (b.optionId !== undefined && !task.options?.some((o) => o.id === b.optionId)) throw badRequest('没有这个投票选项')
  const attachment = readAttachment(b.attachment)
  if (task.kind === 'vote' && b.optionId === undefined) throw badRequest('投票需要选择一个选项 optionId')
  if (rating === undefined && !text && !answers && b.optionId === undefined && !attachment) {
    throw badRequest('提交内容是空的：请评分、回答问题、写下文字或选择选项')
  }
  return {
    ...(rating === undefined ? {} : { rating }),
    ...(text ? { text } : {}),
    ...(answers ? { answers } : {}),
    ...(b.optionId === undefined ? {} : { optionId: b.optionId as string }),
    ...(attachment ? { attachment } : {}),
  }
}

function readAnswers(value: unknown, task: TaskDefinition): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('字段 answers 必须是对象')
  const entries = Object.entries(value as Record<string, unknown>)
  for (const [id, answer] of entries) {
    const question = task.questions?.find((q) => q.id === id)
    if (!question) throw badRequest(`没有这个问题：${id}`)
    if (typeof answer !== 'string' || countChars(answer) > TEXT_MAX_CHARS) throw badRequest(`问题 ${id} 的回答无效`)
    if (question.choices && !question.choices.includes(answer)) throw badRequest(`问题 ${id} 没有这个选项`)
  }
  return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, string>) : undefined
}

function readAttachment(value: unknown): StoredSubmission['attachment'] {
  if (value === undefined) return undefined
  const a = value as Record<string, unknown>
  if (typeof a !== 'object' || a === null || typeof a.name !== 'string' || a.name === '' || a.name.length > 200) {
    throw badRequest('字段 attachment 需要 name（文件名）和 sizeBytes（字节数）')
  }
  if (typeof a.sizeBytes !== 'number' || !Number.isInteger(a.sizeBytes) || a.sizeBytes < 0) throw badRequest('attachment.sizeBytes 必须是整数')
  return { name: a.name, sizeBytes: a.sizeBytes, ...(typeof a.mimeType === 'string' ? { mimeType: a.mimeType } : {}) }
}

function submit(ctx: RouteContext) {
  const { backend } = ctx
  const member = ctx.member()
  const task = findTask(backend, member, ctx.params.id)
  readObjectBody(ctx.req.body)
  // The task's state is the answer a member acts on; it is judged before the body's details.
  const state = cocreationOf(member)
  const status = taskStatus(task, state.submissions[task.id], backend.now())
  if (status === 'submitted' || status === 'adopted') throw new HttpError(409, 'ALREADY_SUBMITTED', '你已经提交过这项共创任务')
  if (status === 'upcoming') throw new HttpError(409, 'NOT_OPEN', '这项共创任务还没有开始')
  if (status === 'closed') throw new HttpError(410, 'CLOSED', '这项共创任务已截止')
  const draft = readSubmission(ctx.req.body, task)

  const submittedAt = toIso(backend.now())
  const submission: StoredSubmission = {
    id: `sub-${String(state.nextSeq++).padStart(6, '0')}`,
    taskId: task.id,
    submittedAt,
    status: 'submitted',
    ...draft,
  }
  state.submissions[task.id] = submission
  if (draft.optionId) {
    const tally = (talliesOf(backend)[task.id] ??= {})
    tally[draft.optionId] = (tally[draft.optionId] ?? 0) + 1
  }
  appendEvents(member, [{ type: 'interaction', title: `共创 · ${task.title}`, occurredAt: submittedAt }])
  backend.refreshHeld(member)
  return ok({ submission: submissionBody(submission), task: taskBody(backend, member, task) }, 201)
}

export function recordBody(backend: Backend, member: MemberState) {
  const tasks = new Map(tasksOf(backend, member).map((t) => [t.id, t]))
  const subs = Object.values(cocreationOf(member).submissions).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
  return {
    submitted: subs.length,
    adopted: subs.filter((s) => s.status === 'adopted').length,
    record: subs.map((s) => {
      const task = tasks.get(s.taskId)
      return {
        taskId: s.taskId,
        title: task?.title ?? s.taskId,
        ...(task ? { kind: task.kind } : {}),
        submittedAt: s.submittedAt,
        status: s.status,
        ...(s.staffReply ? { staffReply: s.staffReply } : {}),
        ...(s.adoptedAt ? { adoptedAt: s.adoptedAt } : {}),
      }
    }),
  }
}

export const cocreationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/cocreation/tasks',
    handle: (ctx) => {
      const member = ctx.member()
      return ok({ tasks: tasksOf(ctx.backend, member).map((t) => taskBody(ctx.backend, member, t)) })
    },
  },
  { method: 'POST', pattern: '/cocreation/tasks/:id/submissions', handle: submit },
  { method: 'GET', pattern: '/me/cocreation', handle: (ctx) => ok(recordBody(ctx.backend, ctx.member())) },
]

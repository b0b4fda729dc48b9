import { DAY_MS, parseInstant, toIso, type Instant } from '../../src/domain'
import { taskKindForInvite, type TaskKind } from '../../src/domain/cocreation'
import type { PersonaId } from '../personas/persona-ids'
import type { MemberInvite } from './invites-types'

export interface TaskQuestion {
  id: string
  label: string
  /** Single choice when present, free text otherwise. */
  choices?: string[]
}

export interface TaskOption {
  id: string
  label: string
}

/** What a member handed in, as the fake backend keeps it (plain JSON, in `MemberState.cocreation`). */
export interface StoredSubmission {
  id: string
  taskId: string
  submittedAt: string
  rating?: number
  text?: string
  answers?: Record<string, string>
  optionId?: string
  /** A reference to the picked image, never its bytes. */
  attachment?: { name: string; sizeBytes: number; mimeType?: string }
  status: 'submitted' | 'adopted'
  staffReply?: string
  adoptedAt?: string
}

export interface CocreationState {
  submissions: Record<string, StoredSubmission>
  nextSeq: number
}

/** The task one accepted invite leads to; times come from the invite so they move with the seed. */
export interface TaskDefinition {
  id: string
  inviteId: string
  kind: TaskKind
  title: string
  description: string
  opensAt: string
  dueAt: string
  questions?: TaskQuestion[]
  options?: TaskOption[]
  /** Votes other members cast before this backend started, per option id. */
  seedVotes?: Record<string, number>
}

const FEEDBACK_QUESTIONS: TaskQuestion[] = [
  { id: 'q-daily', label: '你多久用一次？', choices: ['每天', '每周几次', '很少用'] },
  { id: 'q-recommend', label: '会推荐给朋友吗？', choices: ['会', '不确定', '不会'] },
]
const SURVEY_QUESTIONS: TaskQuestion[] = [
  { id: 'q-useful', label: '这次活动对你有帮助吗？', choices: ['很有帮助', '一般', '没什么帮助'] },
  { id: 'q-again', label: '还想参加哪类活动？', choices: ['新品试用', '主理人分享', '线下共创'] },
  { id: 'q-idea', label: '还有什么想对我们说的？' },
]
const VOTE_OPTIONS: TaskOption[] = [
  { id: 'opt-a', label: '方案 A：按点赞数评选月度优质内容' },
  { id: 'opt-b', label: '方案 B：由会员评审团每月评选' },
  { id: 'opt-c', label: '方案 C：维持现行规则不变' },
]

const TITLES: Record<TaskKind, (inviteTitle: string) => string> = {
  feedback: (t) => `内测反馈 · ${t.replace(/^新品内测：/, '')}`,
  survey: (t) => `活动问卷 · ${t}`,
  content: (t) => `内容投稿 · ${t}`,
  vote: (t) => `社区投票 · ${t}`,
}
const DESCRIPTIONS: Record<TaskKind, string> = {
  feedback: '打个分，回答两个小问题，再说说用下来的感受；你的反馈会直接交给产品团队。',
  survey: '活动结束后的小问卷，一分钟就能填完。',
  content: '写下你的内容，可以配一张图；入选内容会署名发布。',
  vote: '选出你支持的方案，投票后可以看到当前票数。',
}

export const taskIdFor = (activityId: string) => `task-${activityId.replace(/^act-/, '')}`

/**
 * Feedback and content open when the activity starts (the sample is in hand), surveys when it
 * ends; each stays open for a fixed number of days.
 */
const OPEN_DAYS: Record<TaskKind, number> = { feedback: 14, survey: 7, content: 10, vote: 7 }

export function taskForInvite(record: MemberInvite): TaskDefinition | null {
  const kind = taskKindForInvite(record.kind)
  if (!kind) return null
  const opens = parseInstant(kind === 'survey' ? record.endsAt : record.startsAt)
  return {
    id: taskIdFor(record.activityId),
    inviteId: record.id,
    kind,
    title: TITLES[kind](record.title),
    description: DESCRIPTIONS[kind],
    opensAt: toIso(opens),
    dueAt: toIso(opens + OPEN_DAYS[kind] * DAY_MS),
    ...(kind === 'feedback' ? { questions: FEEDBACK_QUESTIONS } : {}),
    ...(kind === 'survey' ? { questions: SURVEY_QUESTIONS } : {}),
    ...(kind === 'vote' ? { options: VOTE_OPTIONS, seedVotes: { 'opt-a': 12, 'opt-b': 9, 'opt-c': 4 } } : {}),
  }
}

/** cocreator's adopted idea from the first earbuds beta, months ago. */
export function seedCocreation(personaId: PersonaId, now: Instant): CocreationState {
  if (personaId !== 'cocreator') return { submissions: {}, nextSeq: 1 }
  const at = (days: number) => toIso(Math.floor((now + days * DAY_MS) / 60_000) * 60_000)
  const taskId = taskIdFor('act-beta-earbuds-v1')
  return {
    nextSeq: 2,
    submissions: {
      [taskId]: {
        id: 'sub-000001',
        taskId,
        submittedAt: at(-195),
        rating: 4,
        text: '降噪很好，但耳机盒太滑，单手开盖容易掉。建议盒盖加一圈磨砂。',
        answers: { 'q-daily': '每天', 'q-recommend': '会' },
        status: 'adopted',
        staffReply: '磨砂盒盖已经用在二代上了，谢谢墨白！',
        adoptedAt: at(-170),
      },
    },
  }
}

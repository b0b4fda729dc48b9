import { describeMissing, missingFor, type DimensionProgress } from '@/domain/criteria'
import type { Growth } from '@/services/schemas/growth'

/** Where a task's step leads: a page, or an action done right here (签到, the share sheet). */
export type TaskStep = { label: string; url: string; tab: boolean } | { label: string; action: 'check-in' | 'share' }

export interface GrowthTask {
  id: string
  title: string
  detail: string
  /** Each opens the action that fills the gap; none is a locked page or the growth path itself. */
  steps: TaskStep[]
}

export const CLAIM_CENTER_URL = '/pages/claim-center/index'
export const MEMBER_CODE_URL = '/pages/member-code/index'
export const INVITES_URL = '/pages/invites/index'

function taskFor(p: DimensionProgress): GrowthTask {
  const detail = describeMissing(p)
  switch (p.dimension) {
    case 'spendFen':
      return {
        id: 'shop',
        title: '去消费',
        detail: `${detail}：到店结账出示会员码即计入，先领张券更划算`,
        steps: [
          { label: '领券', url: CLAIM_CENTER_URL, tab: false },
          { label: '出示会员码', url: MEMBER_CODE_URL, tab: false },
        ],
      }
    case 'interactions':
      return {
        id: 'interact',
        title: '去互动',
        detail: `${detail}：每日签到、参加共创活动都算`,
        steps: [
          { label: '签到', action: 'check-in' },
          { label: '看看活动邀请', url: INVITES_URL, tab: false },
        ],
      }
    case 'shares':
      return { id: 'share', title: '去分享', detail: `${detail}：好友打开你分享的链接即计入（每天最多 5 次）`, steps: [{ label: '分享给好友', action: 'share' }] }
  }
}

/**
 * What to do next, from what is missing: toward the next level, else toward keeping this one.
 * Smallest relative gap first, since with `any` criteria that is the quickest way up.
 */
export function deriveTasks(growth: Growth): GrowthTask[] {
  const source = growth.nextLevelCode ? growth.progress : growth.retention.needed
  const open = source.filter((p) => missingFor(p) > 0)
  open.sort((a, b) => missingFor(a) / a.target - missingFor(b) / b.target)
  return open.map(taskFor)
}

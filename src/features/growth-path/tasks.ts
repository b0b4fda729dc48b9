import { describeMissing, missingFor, type DimensionProgress } from '@/domain/criteria'
import type { Growth } from '@/services/schemas/growth'

export interface GrowthTask {
  id: string
  title: string
  detail: string
  /** Where the task leads in the app. */
  url: string
  /** switchTab for tab pages, navigateTo otherwise. */
  tab: boolean
}

const rightUrl = (id: string) => `/pages/right-detail/index?id=${id}`

function taskFor(p: DimensionProgress): GrowthTask {
  const detail = describeMissing(p)
  switch (p.dimension) {
    case 'spendFen':
      return { id: 'shop', title: '去消费', detail: `${detail}，先领一张可用的优惠券`, url: '/pages/rights/index', tab: true }
    case 'interactions':
      return { id: 'community', title: '参加社群活动', detail: `${detail}：发帖、评论、签到或参加活动都算`, url: rightUrl('r-community-events'), tab: false }
    case 'shares':
      return { id: 'share', title: '分享好物', detail: `${detail}：分享带来访问或注册即计入`, url: rightUrl('r-share-reward'), tab: false }
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

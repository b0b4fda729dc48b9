import { isUnlocked, rightById } from '../../src/domain/rights'
import type { MemberState } from '../db/member-state'

export interface Advisor {
  name: string
  title: string
  responsePromise: string
  workingHours: string
  phone?: string
  wechatId?: string
}

/** The brand's advisors; one WeChat-only, so the app's fallback without a phone is exercised. */
export const ADVISORS: readonly Advisor[] = [
  { name: '林晓', title: '资深会员顾问', responsePromise: '工作时间内 30 分钟内回复', workingHours: '每天 10:00–21:00', phone: '4008200123', wechatId: 'brand-linxiao' },
  { name: '周一帆', title: '会员顾问', responsePromise: '工作时间内 1 小时内回复', workingHours: '周一至周六 10:00–19:00', wechatId: 'brand-zhouyf' },
]

/** Stable per member: the same member always meets the same advisor. */
export function advisorFor(member: MemberState): Advisor | undefined {
  const right = rightById('r-advisor')
  if (!right || !isUnlocked(right, member.held.levelCode)) return undefined
  const hash = [...member.key].reduce((sum, ch) => sum + ch.charCodeAt(0), 0)
  return ADVISORS[hash % ADVISORS.length]
}

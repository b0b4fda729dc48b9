// Builders shared by the invite tests (not imported by app code).
import { parseInstant } from '../time'
import { respondToInvite, type RespondInput, type RespondResult } from './respond'
import type { Activity, Invite, Slot } from './types'

export const NOW = parseInstant('2026-11-20T02:00:00Z')
export const DEADLINE = '2026-11-25T15:59:59.999Z'

export const invite = (over: Partial<Invite> = {}): Invite => ({
  id: 'inv-1', activityId: 'act-1', kind: 'workshop', title: '共创研讨会', description: '与产品团队一起打磨新品',
  fromStaff: { name: '林然', title: '产品经理' }, message: '期待你的到来', respondBy: DEADLINE,
  minLevelCode: 'engager', status: 'pending', ...over,
})

export const activity = (over: Partial<Activity> = {}): Activity => ({ id: 'act-1', accepted: [], waitlist: [], ...over })

export const slot = (id: string, capacity?: number): Slot => ({
  id, label: id, startsAt: '2026-12-05T06:00:00Z', endsAt: '2026-12-05T08:00:00Z',
  ...(capacity === undefined ? {} : { capacity }),
})

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') Object.values(value).forEach(deepFreeze)
  return Object.freeze(value)
}

/** respondToInvite with defaults and frozen inputs, so any mutation throws. */
export function respond(over: Partial<RespondInput> & { invite: Invite; activity: Activity }): RespondResult {
  const input: RespondInput = { memberId: 'm1', levelCode: 'engager', accept: true, now: NOW, ...over }
  return respondToInvite(deepFreeze(input))
}

export function ok(result: RespondResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`)
  return result
}

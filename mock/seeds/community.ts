import { emptySeats, type EventSeats } from '../../src/domain/community'
import type { LevelCode } from '../../src/domain'
import { toIso, type Instant } from '../../src/domain/time'
import type { SharedState } from '../db/shared-state'
import { shanghaiClockAt } from './invites'

/** A community event as the backend keeps it: open by level, not by invitation. */
export interface CommunityEvent {
  id: string
  title: string
  description: string
  startsAt: string
  endsAt: string
  place?: string
  onlineUrl?: string
  minLevelCode: LevelCode
  seats: number
}

/** Community's part of `SharedState.extra`: the events (dated when first asked for) and their seats. */
export interface CommunityShared {
  events: CommunityEvent[]
  seats: Record<string, EventSeats>
  /** Counter check-ins by body idempotency key → the 201 body. */
  nextSeq: number
}

interface EventSeed extends Omit<CommunityEvent, 'startsAt' | 'endsAt'> {
  inDays: number
  clock: string
  hours: number
  /** Other members already holding seats / waiting when the backend starts. */
  taken: number
  waiting?: number
}

const SEEDS: EventSeed[] = [
  {
    id: 'ev-pour-over', title: '周末手冲咖啡沙龙', description: '咖啡师带你从研磨到冲煮走一遍，现场品鉴三款新豆。',
    inDays: 5, clock: '14:00', hours: 2, place: '上海静安店 二楼活动区', minLevelCode: 'engager', seats: 5, taken: 0,
  },
  {
    id: 'ev-online-tasting', title: '新品云品鉴会', description: '线上直播，研发团队讲新品背后的故事，会员可提前寄送试饮装。',
    inDays: 8, clock: '20:00', hours: 1, onlineUrl: 'https://live.example.com/member-circle/tasting', minLevelCode: 'engager', seats: 30, taken: 26,
  },
  {
    id: 'ev-west-lake', title: '西湖晨走 · 会员同行', description: '清晨沿西湖走一圈，结束后在湖滨店一起吃早餐。',
    inDays: 10, clock: '07:00', hours: 3, place: '杭州湖滨店门口集合', minLevelCode: 'engager', seats: 12, taken: 12, waiting: 2,
  },
  {
    id: 'ev-latte-art', title: '拉花入门小课', description: '上周的拉花小课，回顾与作品集已发到社群。',
    inDays: -3, clock: '15:00', hours: 2, place: '上海徐汇店', minLevelCode: 'engager', seats: 8, taken: 8,
  },
]

function materialize(seed: EventSeed, now: Instant): CommunityEvent {
  const { inDays, clock, hours, taken: _t, waiting: _w, ...rest } = seed
  const startsAt = shanghaiClockAt(now, inDays, clock)
  return { ...rest, startsAt: toIso(startsAt), endsAt: toIso(startsAt + hours * 3_600_000) }
}

function seedSeats(seed: EventSeed): EventSeats {
  const others = (prefix: string, n = 0) => Array.from({ length: n }, (_, i) => `seed:${seed.id}:${prefix}${i + 1}`)
  return { ...emptySeats(), registered: others('s', seed.taken), waitlist: others('w', seed.waiting) }
}

/** Created on first use, dated from the backend clock then, so the events stay ahead of "now". */
export function communityShared(shared: SharedState, now: Instant): CommunityShared {
  const slot = shared.extra.community as CommunityShared | undefined
  if (slot && Array.isArray(slot.events)) return slot
  const value: CommunityShared = {
    events: SEEDS.map((s) => materialize(s, now)),
    seats: Object.fromEntries(SEEDS.map((s) => [s.id, seedSeats(s)])),
    nextSeq: 1,
  }
  shared.extra.community = value
  return value
}

import { DAY_MS, toIso, type Instant } from '../../src/domain'
import type { InviteKind, StaffRef } from '../../src/domain/invites'
import type { LevelCode } from '../../src/domain/levels'
import type { PersonaId } from '../personas/persona-ids'
import type { InviteActivitySeats, MemberInvite } from './invites-types'

const HOUR_MS = 60 * 60 * 1000

/** Staff members (KOE) who invite personally. */
export const STAFF: Record<'lin' | 'zhou' | 'he', StaffRef> = {
  lin: { name: '林然', title: '产品共创经理' },
  zhou: { name: '周雯', title: '会员专属顾问' },
  he: { name: '何一舟', title: '社区运营负责人' },
}

/**
 * A slot on the weekday and Shanghai clock times its label names, the first such day at least
 * `inDays` days after seeding, so 周六下午场 14:00–17:00 is always a Saturday 14:00 in Shanghai.
 */
interface SlotSeed {
  id: string
  label: string
  inDays: number
  /** 0 = Sunday … 6 = Saturday, in Shanghai. */
  weekday: number
  from: string
  to: string
  capacity?: number
}

/** An activity as the catalogue knows it; `seatsTaken` and `waitlisted` are other members already there. */
export interface ActivitySeed {
  id: string
  kind: InviteKind
  title: string
  description: string
  fromStaff: StaffRef
  message: string
  minLevelCode: LevelCode
  /** Days from seeding to the response deadline; negative = already past. */
  respondInDays: number
  startsInDays: number
  hours: number
  /** Shanghai clock time the activity starts (HH:mm); slots, when present, decide instead. */
  startsAtClock?: string
  location: string
  capacity?: number
  slots?: SlotSeed[]
  benefits: string[]
  bring: string[]
  checkIn: string
  seatsTaken?: number
  waitlisted?: number
  /** Seeded as already accepted by the member (a past or running activity with a co-creation task). */
  acceptedAtSeed?: boolean
}

export const ACTIVITIES: Record<string, ActivitySeed> = {
  'act-spring-workshop': {
    id: 'act-spring-workshop',
    kind: 'workshop',
    title: '春季新品共创研讨会',
    description: '和产品团队一起试用春季新品样品，讨论配方、包装和定价，你的意见会写进上市方案。',
    fromStaff: STAFF.lin,
    message: '晓雨你好！你在社区里的几篇测评写得特别细，想请你来和我们一起聊聊春季新品，期待见面。',
    minLevelCode: 'engager',
    respondInDays: 5,
    startsInDays: 12,
    hours: 3,
    location: '上海静安店 · 二楼共创空间',
    capacity: 20,
    slots: [
      { id: 'sat-pm', label: '周六下午场 14:00–17:00', inDays: 12, weekday: 6, from: '14:00', to: '17:00' },
      { id: 'sun-am', label: '周日上午场 10:00–13:00', inDays: 12, weekday: 0, from: '10:00', to: '13:00' },
    ],
    benefits: ['参与即得 1 次互动成长记录', '新品样品一套', '研讨会专属纪念徽章'],
    bring: ['本人手机（出示会员码签到）', '最近常用的同类产品（可选）'],
    checkIn: '到店后在前台出示会员码，由店员为你签到；签到后成长记录自动到账。',
    seatsTaken: 8,
  },
  'act-autumn-content': {
    id: 'act-autumn-content',
    kind: 'content',
    title: '秋季好物清单内容共创',
    description: '为会员社区撰写一篇秋季好物清单，入选内容将在官方账号发布。',
    fromStaff: STAFF.he,
    message: '上次你分享的清单反响很好，这次也想请你来写一篇。',
    minLevelCode: 'engager',
    respondInDays: -3,
    startsInDays: 4,
    hours: 2,
    location: '线上 · 会员社区',
    benefits: ['入选内容署名发布', '互动成长记录 1 次'],
    bring: ['无需准备，线上完成'],
    checkIn: '提交稿件即视为参与。',
  },
  'act-beta-earbuds': {
    id: 'act-beta-earbuds',
    kind: 'beta_test',
    title: '新品内测：降噪耳机二代',
    description: '提前 30 天体验尚未上市的降噪耳机二代，提交两次使用反馈。',
    fromStaff: STAFF.lin,
    message: '墨白，你对上一代提的建议我们都改了，这次想第一时间请你来验收。',
    minLevelCode: 'cocreator',
    respondInDays: 7,
    startsInDays: 10,
    hours: 2,
    location: '上海徐汇店 · 新品体验区（领取样机）',
    capacity: 12,
    benefits: ['内测样机 30 天使用权', '反馈入选可获限量版配色', '互动成长记录 1 次'],
    bring: ['身份证（登记样机）', '本人手机（出示会员码）'],
    checkIn: '领取样机时由店员扫会员码签到。',
    seatsTaken: 12,
    waitlisted: 2,
  },
  'act-governance-workshop': {
    id: 'act-governance-workshop',
    kind: 'workshop',
    title: '会员社区规则共创会',
    description: '与社区运营团队一起修订社区公约和优质内容奖励规则。',
    fromStaff: STAFF.he,
    message: '社区规则想听听资深会员的声音，诚邀你来。',
    minLevelCode: 'cocreator',
    respondInDays: 6,
    startsInDays: 14,
    hours: 2,
    location: '北京三里屯店 · 会员沙龙室',
    slots: [
      { id: 'wed-eve', label: '周三晚场 19:00–21:00', inDays: 14, weekday: 3, from: '19:00', to: '21:00', capacity: 6 },
      { id: 'sat-am', label: '周六上午场 10:00–12:00', inDays: 15, weekday: 6, from: '10:00', to: '12:00', capacity: 6 },
    ],
    benefits: ['社区共建者称号', '互动成长记录 1 次'],
    bring: ['本人手机（出示会员码签到）'],
    checkIn: '到场后扫描桌面二维码签到。',
  },
  'act-beta-kettle': {
    id: 'act-beta-kettle',
    kind: 'beta_test',
    title: '新品内测：便携冷萃壶',
    description: '带一台尚未上市的便携冷萃壶回家用两周，告诉我们好用和不好用的地方。',
    fromStaff: STAFF.lin,
    message: '墨白，冷萃壶的样机给你留好了，用得顺不顺手都请直说。',
    minLevelCode: 'cocreator',
    respondInDays: -10,
    startsInDays: -6,
    hours: 1,
    location: '上海徐汇店 · 新品体验区（领取样机）',
    benefits: ['内测样机两周使用权', '反馈即得 1 次互动成长记录'],
    bring: ['本人手机（出示会员码）'],
    checkIn: '领取样机时由店员扫会员码签到。',
    acceptedAtSeed: true,
  },
  'act-beta-earbuds-v1': {
    id: 'act-beta-earbuds-v1',
    kind: 'beta_test',
    title: '新品内测：降噪耳机一代',
    description: '上一代降噪耳机的上市前内测。',
    fromStaff: STAFF.lin,
    message: '想请你帮我们把降噪耳机打磨好。',
    minLevelCode: 'engager',
    respondInDays: -210,
    startsInDays: -200,
    hours: 1,
    location: '上海徐汇店 · 新品体验区',
    benefits: ['内测样机 30 天使用权'],
    bring: ['本人手机（出示会员码）'],
    checkIn: '领取样机时由店员扫会员码签到。',
    acceptedAtSeed: true,
  },
  'act-community-vote': {
    id: 'act-community-vote',
    kind: 'governance',
    title: '社区公约修订投票',
    description: '社区公约第 3 条（优质内容奖励）有三个修订方案，接受邀请后即可投票。',
    fromStaff: STAFF.he,
    message: '规则由会员一起定，你的一票很重要。',
    minLevelCode: 'engager',
    respondInDays: 6,
    startsInDays: -1,
    hours: 1,
    location: '线上 · 会员社区',
    benefits: ['投票即得 1 次互动成长记录'],
    bring: ['无需准备，线上完成'],
    checkIn: '投票即视为参与。',
  },
  'act-winter-content': {
    id: 'act-winter-content',
    kind: 'content',
    title: '冬日暖饮配方征集',
    description: '分享一杯你自己调的冬日暖饮：配方、做法，配一张照片更好。',
    fromStaff: STAFF.he,
    message: '你的饮品笔记一直很受欢迎，这次征集想第一个请你来。',
    minLevelCode: 'engager',
    respondInDays: 5,
    startsInDays: -1,
    hours: 1,
    location: '线上 · 会员社区',
    benefits: ['入选配方署名发布', '投稿即得 1 次互动成长记录'],
    bring: ['无需准备，线上完成'],
    checkIn: '投稿即视为参与。',
  },
  'act-vip-salon': {
    id: 'act-vip-salon',
    kind: 'vip_event',
    title: 'VIP 私享品鉴会',
    description: '限 5 席的小型品鉴会，主理人现场讲解新季产品。',
    fromStaff: STAFF.zhou,
    message: '为你预留了邀请名额，席位有限，先到先得。',
    minLevelCode: 'cocreator',
    respondInDays: 4,
    startsInDays: 9,
    hours: 2,
    location: '上海静安店 · 三楼私享室',
    capacity: 5,
    benefits: ['新季产品品鉴', '私享会专属礼盒', '互动成长记录 1 次'],
    bring: ['本人手机（出示会员码签到）'],
    checkIn: '到场后由专属顾问为你签到。',
  },
}

export const PERSONA_INVITES: Partial<Record<PersonaId, string[]>> = {
  active: ['act-spring-workshop', 'act-autumn-content'],
  cocreator: [
    'act-beta-earbuds',
    'act-governance-workshop',
    'act-vip-salon',
    'act-beta-kettle',
    'act-beta-earbuds-v1',
    'act-community-vote',
    'act-winter-content',
  ],
}

export const inviteIdFor = (activityId: string) => `inv-${activityId.replace(/^act-/, '')}`

/** The seats other members already hold when an activity is first touched. */
export function seedSeats(activityId: string): InviteActivitySeats {
  const seed = ACTIVITIES[activityId]
  const others = (prefix: string, n = 0) => Array.from({ length: n }, (_, i) => `seed:${activityId}:${prefix}${i + 1}`)
  return { seated: others('s', seed?.seatsTaken), waitlist: others('w', seed?.waitlisted) }
}

const SHANGHAI_OFFSET_MS = 8 * HOUR_MS

/**
 * The instant of Shanghai clock time `clock` (HH:mm) on the first day at least `inDays` days
 * after `now` (Shanghai calendar) that falls on `weekday` (0 = Sunday; omitted = that very day).
 */
export function shanghaiClockAt(now: Instant, inDays: number, clock: string, weekday?: number): Instant {
  const [h, m] = clock.split(':').map(Number)
  let day = Math.floor((now + SHANGHAI_OFFSET_MS) / DAY_MS) + inDays
  // 1970-01-01 was a Thursday (4).
  if (weekday !== undefined) while ((day + 4) % 7 !== weekday) day += 1
  return day * DAY_MS + h * HOUR_MS + m * 60_000 - SHANGHAI_OFFSET_MS
}

export function materializeInvite(seed: ActivitySeed, now: Instant): MemberInvite {
  const at = (days: number, hours = 0) => toIso(Math.floor((now + days * DAY_MS + hours * HOUR_MS) / 60_000) * 60_000)
  // Slots come in order: each starts on a later day than the one before it.
  let previous: Instant | null = null
  const slots = seed.slots?.map((s) => {
    let start = shanghaiClockAt(now, s.inDays, s.from, s.weekday)
    if (previous !== null && start <= previous) start = shanghaiClockAt(previous, 1, s.from, s.weekday)
    previous = start
    const end = start + (shanghaiClockAt(0, 0, s.to) - shanghaiClockAt(0, 0, s.from))
    return { id: s.id, label: s.label, startsAt: toIso(start), endsAt: toIso(end), ...(s.capacity === undefined ? {} : { capacity: s.capacity }) }
  })
  const startsAt = slots?.[0]?.startsAt ?? toIso(shanghaiClockAt(now, seed.startsInDays, seed.startsAtClock ?? '14:00'))
  const endsAt = slots?.[0]?.endsAt ?? toIso(Date.parse(startsAt) + seed.hours * HOUR_MS)
  return {
    id: inviteIdFor(seed.id),
    activityId: seed.id,
    kind: seed.kind,
    title: seed.title,
    description: seed.description,
    fromStaff: seed.fromStaff,
    message: seed.message,
    minLevelCode: seed.minLevelCode,
    respondBy: at(seed.respondInDays),
    status: seed.acceptedAtSeed ? 'accepted' : 'pending',
    ...(seed.acceptedAtSeed ? { answeredAt: at(seed.respondInDays - 1) } : {}),
    location: seed.location,
    startsAt,
    endsAt,
    ...(slots ? { slots } : {}),
    ...(seed.capacity === undefined ? {} : { capacity: seed.capacity }),
    benefits: seed.benefits,
    bring: seed.bring,
    checkIn: seed.checkIn,
    issuedAt: at(Math.min(-1, seed.respondInDays - 7)),
  }
}

/** The invites a persona starts with, keyed by invite id. */
export function seedInvites(personaId: PersonaId, now: Instant): Record<string, MemberInvite> {
  const ids = PERSONA_INVITES[personaId] ?? []
  return Object.fromEntries(ids.map((id) => [inviteIdFor(id), materializeInvite(ACTIVITIES[id], now)]))
}

/** Days a declined level-up invitation waits before the backend issues a new one. */
export const LEVEL_UP_REASK_DAYS = 30
/** Days a member has to answer the level-up invitation. */
export const LEVEL_UP_RESPOND_DAYS = 14

export function levelUpInvite(seq: number, now: Instant): MemberInvite {
  const iso = (days: number) => toIso(Math.floor((now + days * DAY_MS) / 60_000) * 60_000)
  return {
    id: `inv-level-up-${seq}`,
    activityId: `level-up-${seq}`,
    kind: 'level_up',
    title: '邀请你成为「核心共创」会员',
    description: '你的消费、互动与分享均已达到核心共创标准。接受邀请即升级为核心共创，享专属顾问、一对一优先响应、新品内测与共创研讨会席位。',
    fromStaff: STAFF.zhou,
    message: '一直以来感谢你对品牌的支持和分享，想正式邀请你加入核心共创，和我们一起决定下一季的产品。',
    minLevelCode: 'engager',
    respondBy: iso(LEVEL_UP_RESPOND_DAYS),
    status: 'pending',
    location: '线上 · 接受后即时生效',
    startsAt: iso(0),
    endsAt: iso(0),
    benefits: ['专属顾问', '1 对 1 优先响应', '新品内测与共创研讨会席位', '限量权益'],
    bring: [],
    checkIn: '接受邀请后立即升级，无需签到。',
    issuedAt: iso(0),
  }
}

import type { GrowthEvent, HeldLevel, LevelCode } from '../../src/domain'
import type { RightClaim } from '../../src/domain/rights'
import type { PersonaId } from '../personas/persona-ids'
import type { CocreationState } from '../seeds/cocreation'
import type { MemberInvite } from '../seeds/invites-types'
import type { StoredCoupon } from '../seeds/coupons-state'

export interface MemberProfile {
  id: string
  nickname: string
  /** Like `138****1234`: the app never sees a full number. */
  phoneMasked: string
  joinedAt: string
  /** `YYYY-MM-DD`; set once (the birthday gift), then locked. */
  birthday?: string
  preferences?: MemberPreferences
}

/** What the brand matches offers on: 价值型 / 优惠型 and 活动 / 新品. */
export interface MemberPreferences {
  style?: 'value' | 'deal'
  interests?: ('events' | 'new-products')[]
}

/**
 * Everything one member owns. Plain JSON only (no Dates, Maps or class instances) so the whole
 * backend can be serialized to weapp storage and restored.
 */
export interface MemberState {
  key: string
  personaId: PersonaId
  profile: MemberProfile
  held: HeldLevel
  ledger: GrowthEvent[]
  /** Next number for an event id; ids never repeat within a member, even after refunds. */
  nextEventSeq: number
  /** The member's coupons, oldest claim first; status is recomputed on read. */
  coupons: StoredCoupon[]
  /** Claims of quota-limited rights, oldest first. */
  rightClaims: RightClaim[]
  /** The member's invitations (and own answers) by invite id; seats live in shared state. */
  inviteAnswers: Record<string, MemberInvite>
  /** Signed in but not joined: every member endpoint answers 404 NOT_MEMBER until POST /members. */
  notJoined?: true
  /** Questions asked through 有问必答, oldest first (optional: older snapshots lack it). */
  faqQuestions?: { id: string; question: string; askedAt: string }[]
  /** Reminder topics the member answered, by topic: true accepted, false refused. */
  subscriptions?: Record<string, boolean>
  /** Ids of reminders the member has read in the 消息 centre. */
  readMessageIds?: string[]
  /** Co-creation submissions by task id; absent in snapshots from before co-creation. */
  cocreation?: CocreationState
  /** 提个想法, oldest first; absent in snapshots from before ideas. */
  ideas?: StoredIdea[]
  /** Level changes the backend saw (seeded levels have none), oldest first. */
  levelHistory?: { at: string; from: LevelCode; to: LevelCode }[]
  /** Level gifts claimed: which level, for which entry into it (the entry's instant, or 'seed'). */
  levelGiftClaims?: { levelCode: LevelCode; entry: string; claimedAt: string; couponId?: string; rightId?: string }[]
  /** Ratings given, by subject: each subject is rated once. */
  ratings?: { kind: string; id: string; score: number; text?: string; ratedAt: string }[]
}

export interface StoredIdea {
  id: string
  title: string
  text: string
  imageRefs: string[]
  status: 'received' | 'reviewing' | 'adopted' | 'declined'
  reply?: string
  createdAt: string
  updatedAt: string
  adoptedAt?: string
  /** The adoption's interaction was given (once, ever). */
  credited: boolean
  /** When the home said 已采纳 (once). */
  celebratedAt?: string
}

export function formatEventId(seq: number): string {
  return `e-${String(seq).padStart(6, '0')}`
}

/** Appends events with fresh ids; the caller supplies everything but the id. */
export function appendEvents(member: MemberState, events: Omit<GrowthEvent, 'id'>[]): GrowthEvent[] {
  const added = events.map((event) => ({ id: formatEventId(member.nextEventSeq++), ...event }))
  member.ledger.push(...added)
  return added
}

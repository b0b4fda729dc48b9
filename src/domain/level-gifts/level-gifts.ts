import { LEVELS, levelByCode, type LevelCode } from '../levels'

/** 升级礼: what entering each level gives, landing in 券包 (a coupon) or 权益 (a right). */
export interface LevelGift {
  levelCode: LevelCode
  kind: 'coupon' | 'right'
  title: string
  description: string
  /** The coupon template (kind coupon). */
  templateId?: string
  /** The right it grants (kind right). */
  rightId?: string
}

export const LEVEL_GIFTS: readonly LevelGift[] = [
  { levelCode: 'experiencer', kind: 'coupon', title: '初步体验升级礼', description: '第二杯半价券一张，放入券包', templateId: 'tpl-level-experiencer' },
  { levelCode: 'engager', kind: 'coupon', title: '积极互动升级礼', description: '满 100 减 30 券一张，放入券包', templateId: 'tpl-level-engager' },
  { levelCode: 'cocreator', kind: 'right', title: '核心共创升级礼', description: '专属顾问 1 对 1 新品品鉴一次，放入权益', rightId: 'r-cocreator-tasting' },
]

export interface GiftClaim {
  levelCode: LevelCode
  entry: string
}

export type LevelGiftStatus = 'claimable' | 'claimed' | 'locked'

/**
 * Once per entry into a level: the level held now can be claimed once for the entry that brought
 * the member there (a later re-entry after a downgrade gives a new gift); a level passed on the
 * way up, once ever; a level not reached is locked.
 */
export function levelGiftStatus(gift: LevelGift, held: LevelCode, currentEntry: string, claims: readonly GiftClaim[]): LevelGiftStatus {
  const rank = levelByCode(gift.levelCode).rank
  const heldRank = levelByCode(held).rank
  if (rank > heldRank) return 'locked'
  const mine = claims.filter((c) => c.levelCode === gift.levelCode)
  if (rank === heldRank) return mine.some((c) => c.entry === currentEntry) ? 'claimed' : 'claimable'
  return mine.length > 0 ? 'claimed' : 'claimable'
}

/** The entry that brought the member to the level they hold: the last recorded change to it, or the seed. */
export function currentEntry(held: LevelCode, history: readonly { at: string; to: LevelCode }[]): string {
  const last = [...history].reverse().find((h) => h.to === held)
  return last ? last.at : 'seed'
}

export const levelGiftFor = (code: string) => LEVEL_GIFTS.find((g) => g.levelCode === code)
export const levelName = (code: LevelCode) => LEVELS.find((l) => l.code === code)?.name ?? code

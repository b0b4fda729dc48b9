import { SHANGHAI_OFFSET_MS, type Instant } from '../../src/domain/time'
import type { MemberPreferences } from '../db/member-state'
import { badRequest } from './errors'
import { rejectUnknownFields, type JsonObject } from './read-body'

const STYLES = ['value', 'deal'] as const
const INTERESTS = ['events', 'new-products'] as const
export const MAX_NICKNAME_LENGTH = 20

/** 11 digits starting with 1 (the contract's phone). */
export function readPhone(body: JsonObject): string {
  const phone = body.phone
  if (typeof phone !== 'string' || !/^1\d{10}$/.test(phone)) throw badRequest('手机号应为 1 开头的 11 位数字')
  return phone
}

export function readNickname(value: unknown): string | undefined {
  if (value === undefined) return undefined
  const nickname = typeof value === 'string' ? value.trim() : ''
  if (nickname === '' || [...nickname].length > MAX_NICKNAME_LENGTH) {
    throw badRequest(`昵称应为 1 到 ${MAX_NICKNAME_LENGTH} 个字`)
  }
  return nickname
}

/** A real calendar date, `YYYY-MM-DD`, not after today in Shanghai. */
export function readBirthday(value: unknown, now: Instant): string | undefined {
  if (value === undefined) return undefined
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  const valid = date !== null && date.toISOString().slice(0, 10) === value && Number(match![1]) >= 1900
  const today = new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
  if (!valid || (value as string) > today) throw badRequest('生日应为 YYYY-MM-DD 格式的过去日期')
  return value as string
}

export function readPreferences(value: unknown): MemberPreferences | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('preferences 必须是对象')
  const body = value as JsonObject
  rejectUnknownFields(body, ['style', 'interests'])
  const preferences: MemberPreferences = {}
  if (body.style !== undefined) {
    if (!(STYLES as readonly unknown[]).includes(body.style)) throw badRequest('preferences.style 必须是 value / deal 之一')
    preferences.style = body.style as MemberPreferences['style']
  }
  if (body.interests !== undefined) {
    const list = body.interests
    const ok = Array.isArray(list) && list.every((i) => (INTERESTS as readonly unknown[]).includes(i)) && new Set(list).size === list.length
    if (!ok) throw badRequest('preferences.interests 必须是 events / new-products 组成的不重复列表')
    preferences.interests = [...(list as MemberPreferences['interests'] & unknown[])]
  }
  return preferences
}

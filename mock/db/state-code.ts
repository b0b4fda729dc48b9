import type { InviteActivitySeats } from '../seeds/invites-types'
import type { Backend } from './backend'
import { deflateSync, inflateSync } from 'fflate'
import { base64UrlToBytes, bytesToBase64Url, checksum, decodeBase64Url, utf8Bytes, utf8Text } from './base64url'
import { parseMemberKey, type MemberKey } from './member-key'
import type { MemberState } from './member-state'

/**
 * 复现码: one member's state (ledger, coupons, rights claimed, invites and their seats) and the
 * backend clock, as text a tester pastes into a bug report and a colleague imports on another
 * device or into the HTTP mock. `MC<version>Z-<base64url of deflated JSON>-<checksum>`: deflate
 * (fflate, synchronous like every handler, and the same bytes on every adapter) makes coupon-rich's
 * ~190 K characters a few thousand. The older uncompressed `MC<version>-<base64url JSON>-…` is still read.
 * Bump the version when MemberState changes shape: older codes are then refused, not half-read.
 */
export const STATE_CODE_VERSION = 1
const CODE_PATTERN = /^MC(\d{1,4})(Z?)-([A-Za-z0-9_-]+)-([0-9a-f]{8})$/

export interface StateCodePayload {
  member: MemberState
  /** The backend clock when exported; importing sets the clock there. */
  now: string
  /** The seats of the member's invite activities, which live in shared state. */
  seats: Record<string, InviteActivitySeats>
}

export class StateCodeError extends Error {}

export function exportStateCode(backend: Backend, key: MemberKey): string {
  const member = backend.refreshHeld(backend.member(key))
  const seats: Record<string, InviteActivitySeats> = {}
  for (const invite of Object.values(member.inviteAnswers)) {
    const activity = backend.shared.inviteActivities[invite.activityId]
    if (activity) seats[invite.activityId] = activity
  }
  const payload: StateCodePayload = { member, now: new Date(backend.now()).toISOString(), seats }
  const body = bytesToBase64Url(deflateSync(new Uint8Array(utf8Bytes(JSON.stringify(payload))), { level: 9 }))
  return `MC${STATE_CODE_VERSION}Z-${body}-${checksum(body)}`
}

/** Reads and checks a code; throws StateCodeError with a message a tester can act on. */
export function readStateCode(input: unknown): StateCodePayload {
  if (typeof input !== 'string' || input.trim() === '') throw new StateCodeError('请粘贴复现码')
  // Chats wrap long text: spaces and line breaks inside a code are copy noise.
  const match = CODE_PATTERN.exec(input.replace(/\s+/g, ''))
  if (!match) throw new StateCodeError('这不是复现码：复现码形如 MC1Z-…-…，请完整复制后再导入')
  const version = Number(match[1])
  if (version < STATE_CODE_VERSION) throw new StateCodeError(`复现码版本过旧（v${version}），本版本只认 v${STATE_CODE_VERSION}，请用新版测试面板重新导出`)
  if (version > STATE_CODE_VERSION) throw new StateCodeError(`复现码版本 v${version} 比本应用新（v${STATE_CODE_VERSION}），请先更新应用`)
  const [, , compressed, body, sum] = match
  if (checksum(body) !== sum) throw new StateCodeError('复现码已损坏（校验不符），可能复制时缺了或改了字符，请重新复制')
  let payload: unknown
  try {
    payload = JSON.parse(compressed ? utf8Text(inflateSync(new Uint8Array(base64UrlToBytes(body)))) : decodeBase64Url(body))
  } catch {
    throw new StateCodeError('复现码内容无法解析，请重新导出')
  }
  return checkPayload(payload)
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')

function checkPayload(value: unknown): StateCodePayload {
  const fail = (what: string): never => {
    throw new StateCodeError(`复现码内容不完整或有误：${what}`)
  }
  if (!isRecord(value) || !isRecord(value.member)) return fail('缺少会员数据')
  const member = value.member
  const key = typeof member.key === 'string' ? parseMemberKey(member.key) : null
  if (!key || key.personaId !== member.personaId) fail('会员标识')
  if (!isRecord(member.profile) || !isRecord(member.held)) fail('会员资料或等级')
  if (!Array.isArray(member.ledger) || !member.ledger.every((e) => isRecord(e) && typeof e.id === 'string' && typeof e.occurredAt === 'string')) fail('成长记录')
  if (!Number.isInteger(member.nextEventSeq) || (member.nextEventSeq as number) < 0) fail('成长记录编号')
  if (!Array.isArray(member.coupons) || !member.coupons.every(isRecord)) fail('优惠券')
  if (!Array.isArray(member.rightClaims) || !member.rightClaims.every(isRecord)) fail('权益领取记录')
  if (!isRecord(member.inviteAnswers) || !Object.values(member.inviteAnswers).every((i) => isRecord(i) && typeof i.activityId === 'string')) fail('邀请')
  if (typeof value.now !== 'string' || !/^\d{4}-\d{2}-\d{2}T.*Z$/.test(value.now) || Number.isNaN(Date.parse(value.now))) fail('时钟')
  if (!isRecord(value.seats) || !Object.values(value.seats).every((s) => isRecord(s) && isStringList(s.seated) && isStringList(s.waitlist))) fail('活动名额')
  return value as unknown as StateCodePayload
}

/** Puts a code's member, seats and clock into the backend; the member key is the code's own. */
export function importStateCode(backend: Backend, input: unknown): { memberId: string; now: string } {
  const payload = readStateCode(input)
  backend.putMember(payload.member)
  for (const [activityId, seats] of Object.entries(payload.seats)) backend.shared.inviteActivities[activityId] = seats
  backend.clock.setNow(Date.parse(payload.now))
  backend.scenarioCounters.delete(payload.member.key)
  return { memberId: payload.member.key, now: payload.now }
}

import { identityState, liveKey, mintVisitorKey, SMS_INTERVAL_MS, type IdentityState } from '../db/identity-state'
import { parseMemberKey, visitorKey, type MemberKey } from '../db/member-key'
import { joinMember } from '../personas/visitor'
import { PERSONA_IDS, PERSONAS } from '../personas'
import { badRequest, errorResponse, HttpError } from './errors'
import { signIn } from './identity'
import { creditReferralOnJoin } from './referrals'
import { memberBody } from './member'
import { readBirthday, readNickname, readPhone, readPreferences } from './profile-fields'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type MockResponse, type Route, type RouteContext } from './types'

/**
 * Identity's forms: phone sign-in (SMS), joining the programme and editing the profile, each
 * behind a page of its own (sign-in, join, profile-edit: subpackages in the mini-programs, which
 * load these routes with them). `/auth/wechat`, which every weapp launch calls, is in identity.ts.
 */

export const FAKE_SMS_CODE = '123456'

/** The contract's persona phones: the masked number with `0000` for the hidden digits (prefix, last four). */
let personaPhones: Array<{ id: (typeof PERSONA_IDS)[number]; prefix: string; last4: string }> | null = null

function personaForPhone(phone: string): MemberKey | null {
  personaPhones ??= PERSONA_IDS.map((id) => {
    const masked = PERSONAS[id].seed(0).profile.phoneMasked
    return { id, prefix: `${masked.slice(0, 3)}0000`, last4: masked.slice(-4) }
  })
  for (const { id, prefix, last4 } of personaPhones) {
    if (phone === `${prefix}${last4}`) return parseMemberKey(id)
  }
  // A copy `<id>~<n>` has its own number: the persona's prefix, then n in four digits.
  for (const { id, prefix } of personaPhones) {
    const copy = phone.startsWith(prefix) ? Number(phone.slice(7)) : 0
    if (copy >= 1 && copy <= 999) return parseMemberKey(`${id}~${copy}`)
  }
  return null
}

function keyForPhone(state: IdentityState, phone: string): MemberKey {
  const persona = personaForPhone(phone)
  // A member who deleted their membership: the phone now reaches a new visitor, who may join afresh.
  if (persona) return liveKey(state, persona)
  const owner = state.phoneOwners[phone]
  if (owner) return liveKey(state, parseMemberKey(owner) ?? visitorKey(owner))
  const key = mintVisitorKey(state)
  state.phoneOwners[phone] = key.key
  state.keyPhones[key.key] = phone
  return key
}

export const identityFormRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/auth/sms',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['phone'])
      const phone = readPhone(body)
      const state = identityState(ctx.backend.shared)
      const now = ctx.backend.now()
      const last = state.smsSentAt[phone]
      if (last !== undefined && now - last < SMS_INTERVAL_MS) {
        const waitSeconds = Math.ceil((SMS_INTERVAL_MS - (now - last)) / 1000)
        return errorResponse(429, 'TOO_MANY_REQUESTS', `验证码发送太频繁，请 ${waitSeconds} 秒后再试`, { 'retry-after': String(waitSeconds) })
      }
      state.smsSentAt[phone] = now
      return { status: 204, body: undefined }
    },
  },
  {
    method: 'POST',
    pattern: '/auth/phone',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['phone', 'smsCode'])
      const phone = readPhone(body)
      if (typeof body.smsCode !== 'string') throw badRequest('需要短信验证码 smsCode')
      if (body.smsCode !== FAKE_SMS_CODE) throw new HttpError(401, 'SMS_CODE_INVALID', '验证码不正确，请检查后重新输入')
      const state = identityState(ctx.backend.shared)
      return signIn(ctx.backend, state, keyForPhone(state, phone), { via: 'phone', phone })
    },
  },
  {
    method: 'POST',
    pattern: '/members',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['consent', 'nickname', 'birthday', 'preferences', 'phoneCode'])
      const consent = readConsent(body.consent)
      const now = ctx.backend.now()
      const details = {
        nickname: readNickname(body.nickname),
        birthday: readBirthday(body.birthday, now),
        preferences: readPreferences(body.preferences),
      }
      if (body.phoneCode !== undefined && (typeof body.phoneCode !== 'string' || body.phoneCode === '')) {
        throw badRequest('phoneCode 应为微信手机号授权返回的 code')
      }
      const member = ctx.member()
      if (!member.notJoined) throw new HttpError(409, 'ALREADY_MEMBER', '你已经是会员了')
      const state = identityState(ctx.backend.shared)
      const phone = state.keyPhones[member.key] ?? (body.phoneCode ? fakePhoneFor(state, member.key) : undefined)
      joinMember(ctx.backend.shared, member, { ...details, phone }, now)
      state.consents[member.key] = consent
      creditReferralOnJoin(ctx.backend, member)
      return ok({ member: memberBody(member) }, 201)
    },
  },
  { method: 'PATCH', pattern: '/me', handle: (ctx) => changeProfile(ctx) },
  {
    // wx.request has no PATCH: the weapp sends POST with X-HTTP-Method-Override: PATCH.
    method: 'POST',
    pattern: '/me',
    handle: (ctx) => {
      if ((ctx.req.headers['x-http-method-override'] ?? '').toUpperCase() === 'PATCH') return changeProfile(ctx)
      return errorResponse(405, 'METHOD_NOT_ALLOWED', '/me 不支持 POST（小程序请加 X-HTTP-Method-Override: PATCH）', { allow: 'GET, PATCH' })
    },
  },
]

function readConsent(value: unknown): { privacyVersion: string; acceptedAt: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('加入会员需要先同意隐私政策（consent）')
  const consent = value as Record<string, unknown>
  rejectUnknownFields(consent, ['privacyVersion', 'acceptedAt'])
  const { privacyVersion, acceptedAt } = consent
  if (typeof privacyVersion !== 'string' || privacyVersion === '') throw badRequest('consent.privacyVersion 必须是隐私政策版本')
  if (typeof acceptedAt !== 'string' || !Number.isFinite(Date.parse(acceptedAt))) throw badRequest('consent.acceptedAt 必须是 ISO 时间')
  return { privacyVersion, acceptedAt }
}

/** WeChat's phone code stands for a number the fake backend makes up (199… never a persona's). */
function fakePhoneFor(state: IdentityState, key: string): string {
  const phone = `1990000${String(state.nextVisitorSeq++ % 10_000).padStart(4, '0')}`
  state.keyPhones[key] = phone
  state.phoneOwners[phone] ??= key
  return phone
}

/** PATCH /me: nickname and preferences change; the birthday is set once. */
function changeProfile(ctx: RouteContext): MockResponse {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['nickname', 'birthday', 'preferences'])
  const nickname = readNickname(body.nickname)
  const birthday = readBirthday(body.birthday, ctx.backend.now())
  const preferences = readPreferences(body.preferences)
  const member = ctx.member()
  const { profile } = member
  if (birthday !== undefined && profile.birthday !== undefined && birthday !== profile.birthday) {
    throw new HttpError(409, 'BIRTHDAY_LOCKED', '生日设置后不能修改')
  }
  if (nickname !== undefined) profile.nickname = nickname
  if (birthday !== undefined) profile.birthday = birthday
  if (preferences !== undefined) profile.preferences = preferences
  return ok({ member: memberBody(member) })
}

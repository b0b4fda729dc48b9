import * as v from 'valibot'
import { request } from '@/services/request'
import { MemberResponse, SessionResponse, type JoinInput, type ProfileChange } from './api'

// The calls only the sign-in, join and profile-edit screens make (subpackage pages in the
// mini-programs, where mock builds load their fake handlers with them: mock-identity-form-routes).

const NoBody = v.unknown()

export const sendSmsCode = (phone: string) => request({ method: 'POST', path: '/auth/sms', body: { phone }, schema: NoBody })
export const signInWithPhone = (phone: string, smsCode: string) =>
  request({ method: 'POST', path: '/auth/phone', body: { phone, smsCode }, schema: SessionResponse })
export const joinProgramme = (input: JoinInput) =>
  request({ method: 'POST', path: '/members', body: input, schema: MemberResponse }).then((r) => r.member)
/** wx.request has no PATCH, so the weapp sends POST with X-HTTP-Method-Override (the backend honours both). */
const PATCH_VIA = process.env.TARO_ENV === 'weapp' ? { method: 'POST' as const, headers: { 'X-HTTP-Method-Override': 'PATCH' } } : { method: 'PATCH' as const }
export const updateProfile = (change: ProfileChange) =>
  request({ ...PATCH_VIA, path: '/me', body: change, schema: MemberResponse }).then((r) => r.member)

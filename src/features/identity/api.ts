import * as v from 'valibot'
import { request } from '@/services/request'
import { LevelsResponse } from '@/services/schemas/growth'

/** Contract part 2, Identity: sign-in, joining and the member's own profile (the forms' calls: form-api.ts). */
export const SessionResponse = v.object({ token: v.pipe(v.string(), v.minLength(1)), expiresAt: v.string(), joined: v.boolean() })

export const PreferencesSchema = v.object({
  style: v.optional(v.picklist(['value', 'deal'])),
  interests: v.optional(v.array(v.picklist(['events', 'new-products']))),
})

export const ProfileSchema = v.object({
  id: v.string(),
  nickname: v.string(),
  phoneMasked: v.string(),
  levelCode: v.string(),
  joinedAt: v.string(),
  birthday: v.optional(v.string()),
  preferences: v.optional(PreferencesSchema),
})
export const MemberResponse = v.object({ member: ProfileSchema })

export type SessionAnswer = v.InferOutput<typeof SessionResponse>
export type Preferences = v.InferOutput<typeof PreferencesSchema>
export type Profile = v.InferOutput<typeof ProfileSchema>

export interface JoinInput {
  consent: { privacyVersion: string; acceptedAt: string }
  nickname?: string
  birthday?: string
  preferences?: Preferences
  phoneCode?: string
}

export type ProfileChange = Partial<Pick<Profile, 'nickname' | 'birthday' | 'preferences'>>

export const signInWithWechat = (code: string) => request({ method: 'POST', path: '/auth/wechat', body: { code }, schema: SessionResponse })
export const fetchProfile = () => request({ path: '/me', schema: MemberResponse }).then((r) => r.member)
export const fetchPublicLevels = () => request({ path: '/levels', schema: LevelsResponse }).then((r) => r.levels)

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatShanghai } from '@/lib/format'
import { describeError, isApiError } from '@/services/errors'
import { invalidateMemberData } from '@/services/mock-session'
import { fetchProfile, type Profile, type ProfileChange } from './api'
import { updateProfile } from './form-api'
import { birthdayText, draftProblem, preferencesOf, ProfileFields, type ProfileDraft } from './profile-fields'
// Last, so every chunk orders these styles after the shared components' and growth's.
import './identity.scss'

function draftOf(profile: Profile): ProfileDraft {
  return {
    nickname: profile.nickname,
    birthday: '',
    style: profile.preferences?.style ?? null,
    interests: profile.preferences?.interests ?? [],
  }
}

function saveError(e: unknown): string {
  if (isApiError(e) && e.code === 'BIRTHDAY_LOCKED') return '生日已经设置过，不能再修改；如需更正请联系客服。其他修改未保存，请再点一次保存。'
  if (isApiError(e) && e.status === 400) return `有一项没填对：${e.message || '请检查后再试'}`
  return `保存没有成功：${describeError(e)}。你改的内容都还在，可以直接再试。`
}

const confirmBirthday = (birthday: string) =>
  Taro.showModal({ title: '确认生日', content: `生日 ${birthdayText(birthday)} 保存后不能修改，确认保存吗？`, confirmText: '确认', cancelText: '再看看' })
    .then((r) => r.confirm)
    .catch(() => false)

/** 我的 → 资料: nickname, a birthday set once, preferences. */
export function ProfileEditScreen() {
  const [profile, setProfile] = useState<Profile | null>(null)
  const [draft, setDraft] = useState<ProfileDraft | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)

  const load = useCallback(() => {
    setError(null)
    fetchProfile().then((p) => {
      setProfile(p)
      setDraft(draftOf(p))
    }, setError)
  }, [])
  useEffect(load, [load])

  if (error !== null && !profile) return <ErrorState message={describeError(error)} onRetry={load} />
  if (!profile || !draft)
    return (
      <SkeletonGroup>
        <SkeletonBlock height={400} />
      </SkeletonGroup>
    )

  const onSave = async () => {
    const problem = draftProblem(draft, formatShanghai(Date.now(), 'YYYY-MM-DD'))
    if (problem) return setMessage({ tone: 'bad', text: problem })
    const change: ProfileChange = {}
    const nickname = draft.nickname.trim()
    if (nickname && nickname !== profile.nickname) change.nickname = nickname
    if (draft.birthday && !profile.birthday) change.birthday = draft.birthday
    const preferences = preferencesOf(draft) ?? {}
    if (JSON.stringify(preferences) !== JSON.stringify(profile.preferences ?? {})) change.preferences = preferences
    if (Object.keys(change).length === 0) return setMessage({ tone: 'ok', text: '没有需要保存的修改' })
    if (change.birthday && !(await confirmBirthday(change.birthday))) return
    setBusy(true)
    setMessage(null)
    try {
      const saved = await updateProfile(change)
      setProfile(saved)
      setDraft(draftOf(saved))
      invalidateMemberData()
      setMessage({ tone: 'ok', text: '已保存' })
    } catch (e) {
      setMessage({ tone: 'bad', text: saveError(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='identity'>
      <ProfileFields draft={draft} onChange={setDraft} lockedBirthday={profile.birthday} />
      {message && (
        <Text className={`identity__message identity__message--${message.tone}`} {...a11y(undefined, message.tone === 'bad' ? 'alert' : 'status')}>
          {message.text}
        </Text>
      )}
      <Button className='btn btn--primary identity__primary' disabled={busy || undefined} onClick={() => void onSave()} {...a11y(undefined, 'button', { disabled: busy })}>
        {busy ? '保存中…' : '保存'}
      </Button>
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Input, Picker, Text, View } from '@tarojs/components'
import { formatShanghai } from '@/lib/format'
import { serverNow } from '@/services/clock'
import { a11y } from '@/components/a11y'
import type { Preferences } from './api'

/** What a member types about themselves, shared by the join and profile screens. */
export interface ProfileDraft {
  nickname: string
  birthday: string
  style: Preferences['style'] | null
  interests: NonNullable<Preferences['interests']>
}

export const EMPTY_DRAFT: ProfileDraft = { nickname: '', birthday: '', style: null, interests: [] }

// Asked in the member's own words: nobody should have to file themselves under 价值型 / 优惠型.
const STYLES: Array<[NonNullable<Preferences['style']>, string]> = [
  ['value', '更看重品质与体验'],
  ['deal', '更看重优惠力度'],
]
const INTERESTS: Array<[NonNullable<Preferences['interests']>[number], string]> = [
  ['events', '活动'],
  ['new-products', '新品'],
]

/** `YYYY-MM-DD` naming a real day (no 2月30日), from 1900 on. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Checks a draft before anything is sent; null when it can go. */
export function draftProblem(draft: ProfileDraft, today: string): string | null {
  if ([...draft.nickname.trim()].length > 20) return '昵称最多 20 个字'
  if (draft.birthday !== '') {
    if (!isCalendarDate(draft.birthday)) return '生日请按 1990-05-20 的格式填写'
    if (draft.birthday > today) return '生日不能晚于今天'
  }
  return null
}

/** The one confirmation a birthday gets before it is sent: it can never be changed afterwards. */
export function confirmBirthday(birthday: string): Promise<boolean> {
  return Taro.showModal({ title: '确认生日', content: `生日 ${birthdayText(birthday)} 保存后不能修改，确认吗？`, confirmText: '确认', cancelText: '再看看' })
    .then((r) => r.confirm)
    .catch(() => false)
}

/** A set birthday as a member reads a date with its year: 1990-05-20 → 1990年5月20日. */
export function birthdayText(birthday: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : birthday
}

export function preferencesOf(draft: ProfileDraft): Preferences | undefined {
  if (!draft.style && draft.interests.length === 0) return undefined
  return { ...(draft.style ? { style: draft.style } : {}), ...(draft.interests.length ? { interests: draft.interests } : {}) }
}

interface Props {
  draft: ProfileDraft
  onChange: (next: ProfileDraft) => void
  /** The birthday already set (profile): shown, not editable. */
  lockedBirthday?: string
}

export function ProfileFields({ draft, onChange, lockedBirthday }: Props) {
  const toggleInterest = (id: ProfileDraft['interests'][number]) =>
    onChange({ ...draft, interests: draft.interests.includes(id) ? draft.interests.filter((i) => i !== id) : [...draft.interests, id] })
  return (
    <View className='identity__fields'>
      <View className='identity__field'>
        <Text className='identity__label'>昵称（选填）</Text>
        <Input className='identity__input' value={draft.nickname} maxlength={20} placeholder='怎么称呼你' ariaLabel='昵称'
          nativeProps={{ 'aria-label': '昵称' }} onInput={(e) => onChange({ ...draft, nickname: e.detail.value })} />
      </View>
      <View className='identity__field'>
        <Text className='identity__label'>生日（选填）</Text>
        {lockedBirthday ? (
          <Text className='identity__locked'>{birthdayText(lockedBirthday)}（已设置，不能修改）</Text>
        ) : (
          <>
            {/* Picked, not typed: a date that can never change should not hang on a typo. The wheel
                opens at 1990 (not today) so most members scroll a little, and stops at today. */}
            <Picker mode='date' value={draft.birthday || '1990-01-01'} start='1900-01-01' end={formatShanghai(serverNow(), 'YYYY-MM-DD')}
              data-label='生日' onChange={(e) => onChange({ ...draft, birthday: String(e.detail.value) })}>
              <View className='identity__input identity__picker' {...a11y(draft.birthday ? `生日 ${birthdayText(draft.birthday)}，点按修改` : '选择生日', 'button')}>
                <Text className={draft.birthday ? '' : 'identity__placeholder'}>{draft.birthday ? birthdayText(draft.birthday) : '选择生日'}</Text>
              </View>
            </Picker>
            <Text className='identity__hint'>用于生日礼。生日只能设置一次，保存后不能修改。</Text>
          </>
        )}
      </View>
      <View className='identity__field'>
        <Text className='identity__label'>偏好（选填，用于为你匹配优惠和活动）</Text>
        <Text className='identity__sublabel'>消费偏好</Text>
        <View className='identity__choices' {...a11y('消费偏好', 'radiogroup')}>
          {STYLES.map(([id, label]) => (
            <View key={id} className={`identity__choice${draft.style === id ? ' identity__choice--on' : ''}`}
              onClick={() => onChange({ ...draft, style: draft.style === id ? null : id })} {...a11y(label, 'radio', { checked: draft.style === id })}>
              <Text>{label}</Text>
            </View>
          ))}
        </View>
        <Text className='identity__sublabel'>感兴趣的内容（可多选）</Text>
        <View className='identity__choices' {...a11y('感兴趣的内容', 'group')}>
          {INTERESTS.map(([id, label]) => (
            <View key={id} className={`identity__choice${draft.interests.includes(id) ? ' identity__choice--on' : ''}`}
              onClick={() => toggleInterest(id)} {...a11y(label, 'checkbox', { checked: draft.interests.includes(id) })}>
              <Text>{label}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}

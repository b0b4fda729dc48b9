import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { a11y } from '@/components/a11y'
import { formatShanghai } from '@/lib/format'
import { describeError, isApiError } from '@/services/errors'
import { invalidateMemberData } from '@/services/mock-session'
import { setJoined, takeReturnTo } from '@/services/session'
import { joinProgramme } from './form-api'
import { answerWechatPrivacyWith, PRIVACY_SUMMARY, PRIVACY_VERSION, requireWechatPrivacy } from './privacy'
import { confirmBirthday, draftProblem, EMPTY_DRAFT, preferencesOf, ProfileFields, type ProfileDraft } from './profile-fields'
import { HOME_PAGE, openPage } from './routes'
import { markWelcomePending } from './welcome'
// Last, so every chunk orders these styles after the shared components' and growth's.
import './identity.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

function joinError(e: unknown): string {
  if (isApiError(e) && e.status === 400) return `有一项没填对：${e.message || '请检查后再试'}`
  return `加入没有成功：${describeError(e)}。你填写的内容都还在，可以直接再试。`
}

/**
 * Joining: agree to the privacy notice first (nothing is sent before), then optional details.
 * The page's title is the navigation bar's (H5: the page header), so the form starts with the notice.
 */
export function JoinScreen() {
  const [agreed, setAgreed] = useState(false)
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_DRAFT)
  const [phoneCode, setPhoneCode] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const agreedRef = useRef(agreed)
  agreedRef.current = agreed

  useEffect(() => {
    answerWechatPrivacyWith(
      () => agreedRef.current,
      () => setMessage('请先阅读并勾选同意隐私政策'),
    )
  }, [])

  const onJoin = async () => {
    if (!agreed) return setMessage('请先阅读并勾选同意隐私政策，再加入会员')
    const problem = draftProblem(draft, formatShanghai(Date.now(), 'YYYY-MM-DD'))
    if (problem) return setMessage(problem)
    if (draft.birthday && !(await confirmBirthday(draft.birthday))) return
    setBusy(true)
    setMessage(null)
    try {
      if (!(await requireWechatPrivacy())) {
        setMessage('需要在微信的隐私授权中同意后才能加入')
        return
      }
      const nickname = draft.nickname.trim()
      const preferences = preferencesOf(draft)
      await joinProgramme({
        consent: { privacyVersion: PRIVACY_VERSION, acceptedAt: new Date().toISOString() },
        ...(nickname ? { nickname } : {}),
        ...(draft.birthday ? { birthday: draft.birthday } : {}),
        ...(preferences ? { preferences } : {}),
        ...(phoneCode ? { phoneCode } : {}),
      })
      finishJoining()
    } catch (e) {
      if (isApiError(e) && e.code === 'ALREADY_MEMBER') return finishJoining()
      setMessage(joinError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='identity join'>
      <View className='join__privacy' {...a11y('隐私政策', 'region')}>
        <Text className='join__privacy-title'>会员隐私政策（版本 {PRIVACY_VERSION}）</Text>
        {PRIVACY_SUMMARY.map((line) => (
          <Text key={line} className='join__privacy-line'>{line}</Text>
        ))}
      </View>
      <View className={`join__agree${agreed ? ' join__agree--on' : ''}`} onClick={() => setAgreed(!agreed)}
        {...a11y(`我已阅读并同意会员隐私政策（版本 ${PRIVACY_VERSION}）`, 'checkbox', { checked: agreed })}>
        <Text>{agreed ? '☑' : '☐'} 我已阅读并同意会员隐私政策（版本 {PRIVACY_VERSION}）</Text>
      </View>
      {IS_WEAPP ? (
        <View className='identity__field'>
          <Text className='identity__label'>手机号（选填，到店识别用）</Text>
          <Button className='btn btn--secondary identity__secondary' openType='getPhoneNumber'
            onGetPhoneNumber={(e) => {
              const code = (e.detail as { code?: string }).code
              if (code) setPhoneCode(code)
              else setMessage('没有获取到手机号，可以跳过，稍后在资料里补充')
            }}>
            {phoneCode ? '已授权手机号' : '使用微信手机号'}
          </Button>
        </View>
      ) : (
        <Text className='identity__hint'>手机号：使用你登录的手机号。</Text>
      )}
      <ProfileFields draft={draft} onChange={setDraft} />
      {message && <Text className='identity__message identity__message--bad' {...a11y(undefined, 'alert')}>{message}</Text>}
      <Button className='btn btn--primary identity__primary' disabled={busy || undefined} onClick={() => void onJoin()} {...a11y(undefined, 'button', { disabled: busy })}>
        {busy ? '正在加入…' : '同意并加入'}
      </Button>
    </View>
  )
}

function finishJoining(): void {
  setJoined(true)
  markWelcomePending()
  invalidateMemberData()
  const target = takeReturnTo()
  if (target) openPage(target)
  else void Taro.switchTab({ url: HOME_PAGE })
}

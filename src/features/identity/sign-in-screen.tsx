import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { a11y } from '@/components/a11y'
import { describeError, isApiError } from '@/services/errors'
import { saveSession, takeReturnTo } from '@/services/session'
import { sendSmsCode, signInWithPhone } from './form-api'
import { HOME_PAGE, openPage } from './routes'
// Last, so every chunk orders these styles after the shared components' and growth's.
import './identity.scss'

export const RESEND_SECONDS = 60
const PHONE = /^1\d{10}$/
const SMS_CODE = /^\d{6}$/

function smsError(e: unknown): string {
  if (isApiError(e) && e.code === 'TOO_MANY_REQUESTS') return '验证码发送太频繁，请稍后再试（同一手机号 60 秒内只能发送一次）'
  if (isApiError(e) && e.status === 400) return '手机号格式不正确，请输入 1 开头的 11 位手机号'
  return `验证码发送失败：${describeError(e)}`
}

function signInError(e: unknown): string {
  if (isApiError(e) && e.code === 'SMS_CODE_INVALID') return '验证码不正确，请检查后重新输入'
  if (isApiError(e) && e.status === 400) return '手机号或验证码格式不正确，请检查'
  return `登录失败：${describeError(e)}`
}

/** H5 sign-in by phone and SMS code; whatever fails, what was typed stays. */
export function SignInScreen() {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [secondsLeft, setSecondsLeft] = useState(0)
  const [busy, setBusy] = useState<'sms' | 'sign-in' | null>(null)
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  useEffect(() => () => {
    if (timer.current) clearInterval(timer.current)
  }, [])

  const startCountdown = (seconds: number) => {
    if (timer.current) clearInterval(timer.current)
    setSecondsLeft(seconds)
    timer.current = setInterval(() => {
      setSecondsLeft((s) => {
        if (s <= 1 && timer.current) clearInterval(timer.current)
        return Math.max(0, s - 1)
      })
    }, 1000)
  }

  const onSendCode = async () => {
    if (!PHONE.test(phone)) return setMessage({ tone: 'bad', text: '请输入 1 开头的 11 位手机号' })
    setBusy('sms')
    setMessage(null)
    try {
      await sendSmsCode(phone)
      startCountdown(RESEND_SECONDS)
      setMessage({ tone: 'ok', text: __MOCK__ ? '验证码已发送（演示环境验证码为 123456）' : '验证码已发送，请查收短信' })
    } catch (e) {
      if (isApiError(e) && e.code === 'TOO_MANY_REQUESTS') startCountdown(Number(/(\d+)\s*秒/.exec(e.message)?.[1] ?? RESEND_SECONDS))
      setMessage({ tone: 'bad', text: smsError(e) })
    } finally {
      setBusy(null)
    }
  }

  const onSignIn = async () => {
    if (!PHONE.test(phone)) return setMessage({ tone: 'bad', text: '请输入 1 开头的 11 位手机号' })
    if (!SMS_CODE.test(code)) return setMessage({ tone: 'bad', text: '请输入 6 位短信验证码' })
    setBusy('sign-in')
    setMessage(null)
    try {
      const answer = await signInWithPhone(phone, code)
      saveSession(answer)
      // Where they were before signing in, with its query (a share's shareId is what credits the
      // sharer); a visitor on a member page is then shown the programme and comes back after joining.
      openPage(takeReturnTo() ?? HOME_PAGE)
    } catch (e) {
      setMessage({ tone: 'bad', text: signInError(e) })
    } finally {
      setBusy(null)
    }
  }

  const canResend = secondsLeft === 0 && busy === null
  return (
    <View className='identity'>
      <Text className='identity__title'>登录会员圈</Text>
      <Text className='identity__lead'>用手机号登录，查看你的等级、权益和优惠券。</Text>
      <View className='identity__field'>
        <Text className='identity__label'>手机号</Text>
        <Input className='identity__input' type='number' maxlength={11} value={phone} placeholder='11 位手机号' ariaLabel='手机号'
          nativeProps={{ 'aria-label': '手机号' }} onInput={(e) => setPhone(e.detail.value.trim())} />
      </View>
      <View className='identity__field identity__field--row'>
        <View className='identity__grow'>
          <Text className='identity__label'>验证码</Text>
          <Input className='identity__input' type='number' maxlength={6} value={code} placeholder='6 位验证码' ariaLabel='验证码'
            nativeProps={{ 'aria-label': '验证码' }} onInput={(e) => setCode(e.detail.value.trim())} />
        </View>
        <Button className='btn btn--secondary identity__secondary' disabled={!canResend || undefined} onClick={() => void onSendCode()} {...a11y(undefined, 'button', { disabled: !canResend })}>
          {secondsLeft > 0 ? `${secondsLeft} 秒后重发` : busy === 'sms' ? '发送中…' : '获取验证码'}
        </Button>
      </View>
      {message && (
        <Text className={`identity__message identity__message--${message.tone}`} {...a11y(undefined, message.tone === 'bad' ? 'alert' : 'status')}>
          {message.text}
        </Text>
      )}
      <Button className='btn btn--primary identity__primary' disabled={busy !== null || undefined} onClick={() => void onSignIn()} {...a11y(undefined, 'button', { disabled: busy !== null })}>
        {busy === 'sign-in' ? '登录中…' : '登录'}
      </Button>
      <Text className='identity__fine'>登录即表示你同意在加入会员时阅读隐私政策；未加入前我们只保存你的手机号。</Text>
    </View>
  )
}

import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { a11y } from '@/components/a11y'
import { sendSmsCode } from '@/features/identity/form-api'
import { describeError, isApiError } from '@/services/errors'
import { requestDeletion } from './api'
import { signOut } from '@/features/identity/sign-out'

// H5 members sign in by phone, so an SMS code confirms; in the mini-programs WeChat's own sign-in does.
// Read at each use (the build makes it a constant either way), so a test can render both.
const bySms = () => process.env.TARO_ENV === 'h5'
const RESEND_SECONDS = 60
const PHONE = /^1\d{10}$/
const SMS_CODE = /^\d{6}$/

export const DELETED = ['会员资料：昵称、生日、偏好、手机号', '等级与成长记录（消费、互动、分享、签到）', '券包里的全部优惠券（包括还没用的）和已领的权益', '活动邀请、报名与共创记录', '消息与订阅设置、分享记录']
export const KEPT = ['门店消费、退款和核销的订单记录：法律要求保存（如《电子商务法》规定不少于三年），只用于售后和依法查询，不再和会员身份一起展示']

type Note = { tone: 'ok' | 'bad'; text: string }

function deletionError(e: unknown): string {
  if (isApiError(e) && e.code === 'SMS_CODE_INVALID') return '验证码不正确或已过期，请重新获取'
  if (isApiError(e) && e.code === 'SMS_CODE_REQUIRED') return '请先获取并填写短信验证码'
  if (isApiError(e) && e.status === 400) return `确认信息不完整：${e.message || '请重试'}`
  return `注销没有完成：${describeError(e)}。你的会员仍然有效，可以稍后再试。`
}

const confirmLeave = (BY_SMS: boolean) =>
  Taro.showModal({
    title: '确认注销会员',
    content: BY_SMS ? '注销后立即生效，等级、优惠券和记录都会删除且不能恢复。确定注销吗？' : '将以你当前登录的微信确认注销。注销后立即生效，等级、优惠券和记录都会删除且不能恢复。确定注销吗？',
    confirmText: '确认注销',
    confirmColor: '#a12f22',
    cancelText: '再想想',
  })
    .then((r) => r.confirm)
    .catch(() => false)

/** 注销会员: what is deleted and what is kept, then a confirmation (SMS code on H5, WeChat in mini-programs). */
export function DeletionSection() {
  const [BY_SMS] = useState(bySms)
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [secondsLeft, setSecondsLeft] = useState(0)
  const [busy, setBusy] = useState<'sms' | 'delete' | null>(null)
  const [note, setNote] = useState<Note | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearInterval(timer.current)
  }, [])

  const onSendCode = async () => {
    if (!PHONE.test(phone)) return setNote({ tone: 'bad', text: '请输入你登录用的 11 位手机号' })
    setBusy('sms')
    setNote(null)
    try {
      await sendSmsCode(phone)
      setSecondsLeft(RESEND_SECONDS)
      if (timer.current) clearInterval(timer.current)
      timer.current = setInterval(() => setSecondsLeft((s) => Math.max(0, s - 1)), 1000)
      setNote({ tone: 'ok', text: __MOCK__ ? '验证码已发送（演示环境验证码为 123456）' : '验证码已发送，请查收短信' })
    } catch (e) {
      setNote({ tone: 'bad', text: isApiError(e) && e.code === 'TOO_MANY_REQUESTS' ? '验证码发送太频繁，请稍后再试' : `验证码发送失败：${describeError(e)}` })
    } finally {
      setBusy(null)
    }
  }

  const onDelete = async () => {
    if (BY_SMS && !SMS_CODE.test(code)) return setNote({ tone: 'bad', text: '请先获取并填写 6 位短信验证码' })
    if (!(await confirmLeave(BY_SMS))) return
    setBusy('delete')
    setNote(null)
    try {
      await requestDeletion(BY_SMS ? code : undefined)
    } catch (e) {
      setBusy(null)
      return setNote({ tone: 'bad', text: deletionError(e) })
    }
    void Taro.showToast({ title: '已注销会员', icon: 'success' })
    signOut()
  }

  const canSend = secondsLeft === 0 && busy === null
  return (
    <View className='member-data__card'>
      <Text className='member-data__title'>注销会员</Text>
      <Text className='member-data__subtitle'>会删除</Text>
      {DELETED.map((line) => (
        <Text key={line} className='member-data__item'>· {line}</Text>
      ))}
      <Text className='member-data__subtitle'>会保留</Text>
      {KEPT.map((line) => (
        <Text key={line} className='member-data__item'>· {line}</Text>
      ))}
      <Text className='member-data__text'>注销后立即退出登录。以后用同一手机号可以重新加入，但会是一位新会员，之前的等级和记录不会恢复。需要留存的话，请先导出我的数据。</Text>
      {BY_SMS && (
        <>
          <Input className='member-data__input' type='number' maxlength={11} value={phone} placeholder='登录用的手机号' ariaLabel='手机号'
            nativeProps={{ 'aria-label': '手机号' }} onInput={(e) => setPhone(e.detail.value.trim())} />
          <View className='member-data__row'>
            <Input className='member-data__input member-data__grow' type='number' maxlength={6} value={code} placeholder='6 位验证码' ariaLabel='验证码'
              nativeProps={{ 'aria-label': '验证码' }} onInput={(e) => setCode(e.detail.value.trim())} />
            <Button className='btn btn--secondary member-data__button member-data__side' disabled={!canSend || undefined} onClick={() => void onSendCode()} {...a11y(undefined, 'button', { disabled: !canSend })}>
              {secondsLeft > 0 ? `${secondsLeft} 秒后重发` : busy === 'sms' ? '发送中…' : '获取验证码'}
            </Button>
          </View>
        </>
      )}
      {note && (
        <Text className={`member-data__note member-data__note--${note.tone}`} {...a11y(undefined, note.tone === 'bad' ? 'alert' : 'status')}>
          {note.text}
        </Text>
      )}
      <Button className='btn member-data__danger' disabled={busy !== null || undefined} onClick={() => void onDelete()} {...a11y(undefined, 'button', { disabled: busy !== null })}>
        {busy === 'delete' ? '正在注销…' : BY_SMS ? '注销会员' : '用微信确认注销'}
      </Button>
    </View>
  )
}

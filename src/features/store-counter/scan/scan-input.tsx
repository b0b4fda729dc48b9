import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { normalizeTypedCode } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { useCounterStore } from '../counter-store'
import { cameraAvailable, scanWithPlatform } from './camera'
import { CameraView } from './camera-view'
import { codeKind, groupedForTyping } from './code-kind'

const IS_H5 = process.env.TARO_ENV === 'h5'
export const CODE_FIELD_LABEL = '券码或会员码'

const nativeField = () => (globalThis as { document?: Document }).document?.querySelector<HTMLInputElement>(`input[aria-label="${CODE_FIELD_LABEL}"]`) ?? null

/**
 * H5: focus the native <input> inside taro-input-core, which renders a moment after React's
 * commit, so try for a second. A wedge scanner types wherever focus is.
 */
function focusNativeField(tries = 20): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const attempt = (left: number) => {
    const el = nativeField()
    if (el) el.focus()
    else if (left > 0) timer = setTimeout(() => attempt(left - 1), 50)
  }
  attempt(tries)
  return () => clearTimeout(timer)
}

/**
 * H5: a digit typed while nothing editable has focus (the clerk tapped the log, a button) goes to
 * the code field, so a scan lands there whatever was tapped last.
 */
function useDigitsGoToCodeField(enabled: boolean) {
  useEffect(() => {
    const doc = (globalThis as { document?: Document }).document
    if (!enabled || !doc) return
    const onKey = (e: KeyboardEvent) => {
      if (!/^\d$/.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return
      const active = doc.activeElement as HTMLElement | null
      if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || active.isContentEditable)) return
      nativeField()?.focus()
    }
    doc.addEventListener('keydown', onKey, true)
    return () => doc.removeEventListener('keydown', onKey, true)
  }, [enabled])
}

const KIND_HINT = { member: '会员码：查询会员与可用券，一次结账', coupon: '券码：先查看券，再确认核销' } as const

/**
 * One field for every code. A USB or Bluetooth scanner types the digits and Enter, so Enter
 * looks the code up at once and the field keeps focus between customers; typing is grouped by
 * four like the member's screen; the camera button scans with the phone or tablet's camera.
 */
export function ScanInput() {
  const lookUp = useCounterStore((s) => s.lookUp)
  const focusTick = useCounterStore((s) => s.focusTick)
  const looking = useCounterStore((s) => s.step.kind === 'looking')
  const [text, setText] = useState('')
  const [camera, setCamera] = useState(false)
  const [cameraNote, setCameraNote] = useState<string | null>(null)
  const code = normalizeTypedCode(text)
  const kind = codeKind(code)

  useEffect(() => (IS_H5 && !camera ? focusNativeField() : undefined), [focusTick, camera])
  useDigitsGoToCodeField(IS_H5 && !camera)

  const submit = (raw: string) => {
    const typed = normalizeTypedCode(raw)
    if (!codeKind(typed)) return
    setText('')
    void lookUp(typed)
  }
  const scanned = (value: string) => {
    setCamera(false)
    setCameraNote(null)
    const typed = normalizeTypedCode(value)
    if (codeKind(typed)) void lookUp(typed)
    else setCameraNote('扫到的不是券码或会员码，请对准顾客手机上的二维码或条形码')
  }
  const openCamera = async () => {
    setCameraNote(null)
    if (IS_H5) return setCamera(true)
    const r = await scanWithPlatform()
    if (r.ok) scanned(r.value)
    else if (r.reason !== 'cancelled') setCameraNote('这台设备不能用摄像头扫码，请用扫码枪或手动输入')
  }

  return (
    <View className='counter__scan'>
      <Input
        className='counter__input counter__code'
        type='text'
        value={text}
        placeholder='扫码或输入券码 / 会员码，回车查询'
        ariaLabel={CODE_FIELD_LABEL}
        nativeProps={{ 'aria-label': CODE_FIELD_LABEL, inputMode: 'numeric', autoComplete: 'off', enterKeyHint: 'search' }}
        focus={!IS_H5}
        confirmType='search'
        maxlength={40}
        onInput={(e) => setText(groupedForTyping(e.detail.value))}
        onConfirm={(e) => submit(e.detail.value)}
      />
      <Text className='counter__hint' {...a11y(undefined, 'status')}>
        {looking ? '正在查询…' : text === '' ? '券码或会员码都可以，扫码枪扫完自动查询' : kind ? KIND_HINT[kind] : '券码为 12–20 位数字，会员码为 88 开头的 18 位数字'}
      </Text>
      <View className='counter__row'>
        <Button className='counter__action btn btn--primary btn--small' disabled={!kind || looking || undefined} onClick={() => submit(text)} {...a11y('查询', 'button', { disabled: !kind || looking })}>
          查询
        </Button>
        {cameraAvailable() && (
          <Button className='counter__action btn btn--secondary btn--small' onClick={() => void openCamera()} {...a11y('摄像头扫码', 'button')}>
            摄像头扫码
          </Button>
        )}
      </View>
      {cameraNote && <Text className='counter__hint'>{cameraNote}</Text>}
      {IS_H5 && camera && <CameraView onCode={scanned} onClose={() => setCamera(false)} />}
    </View>
  )
}

import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { describeError, isApiError } from '@/services/errors'
import type { StoreDto } from '@/services/schemas/coupons'
import type { StaffSessionDto } from '@/services/schemas/staff'
import { signInStaff } from './api'

interface Props {
  stores: readonly StoreDto[]
  /** Why the clerk is here again (their session ended), shown above the form. */
  notice?: string | null
  onSignedIn: (session: StaffSessionDto) => void
}

function signInErrorText(e: unknown): string {
  if (isApiError(e) && e.code === 'PIN_INVALID') return 'PIN 不正确，请重新输入'
  if (isApiError(e) && e.status === 400) return '门店或 PIN 格式不正确，请重新选择门店并输入 4 到 8 位数字 PIN'
  return describeError(e)
}

/** 员工登录: the clerk picks their store and types its PIN; the counter is staff-only. */
export function StaffSignIn({ stores, notice, onSignedIn }: Props) {
  const [storeId, setStoreId] = useState<string | null>(stores[0]?.id ?? null)
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ready = storeId !== null && /^\d{4,8}$/.test(pin) && !busy

  const submit = async () => {
    if (!ready || !storeId) return
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await signInStaff({ storeId, pin }))
    } catch (e) {
      setError(signInErrorText(e))
      setPin('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='counter'>
      <Text className='counter__title'>门店员工登录</Text>
      {notice && (
        <Text className='counter__hint' {...a11y(undefined, 'status')}>
          {notice}
        </Text>
      )}
      <Text>门店</Text>
      <View className='counter__stores' {...a11y('选择门店', 'radiogroup')}>
        {stores.map((s) => (
          <View
            key={s.id}
            className={`counter__store ${s.id === storeId ? 'counter__store--on' : ''}`}
            onClick={() => setStoreId(s.id)}
            {...a11y(s.name, 'radio', { checked: s.id === storeId })}
          >
            <Text>{s.name}</Text>
          </View>
        ))}
      </View>
      <Input
        className='counter__input'
        type='number'
        password
        maxlength={8}
        value={pin}
        placeholder='门店 PIN'
        ariaLabel='门店 PIN'
        nativeProps={{ 'aria-label': '门店 PIN' }}
        onInput={(e) => {
          setPin(e.detail.value)
          setError(null)
        }}
      />
      {error && (
        <Text className='counter__result counter__result--bad' {...a11y(undefined, 'alert')}>
          {error}
        </Text>
      )}
      <Button className='counter__action btn btn--primary btn--small' disabled={!ready || undefined} onClick={() => void submit()} ariaLabel='登录' {...a11y(undefined, 'button', { disabled: !ready })}>
        {busy ? '登录中…' : '登录'}
      </Button>
    </View>
  )
}

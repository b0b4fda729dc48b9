import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { isWellFormedCode, normalizeTypedCode } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { describeError, type ApiError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import type { StoreDto } from '@/services/schemas/coupons'
import { fetchStores, newIdempotencyKey, redeem } from './api'
import { outcomeOfError, type Outcome } from './outcome'
import '../coupons/coupons.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** 门店核销: a clerk picks the store, scans or types the code, and sees exactly what happened. */
export function StoreCounterScreen() {
  const [stores, setStores] = useState<StoreDto[] | null>(null)
  const [storesError, setStoresError] = useState<ApiError | null>(null)
  const [storeId, setStoreId] = useState<string | null>(null)
  const [input, setInput] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  /** The attempt in progress: a retry after an unknown outcome reuses its key. */
  const attempt = useRef<{ code: string; storeId: string; idempotencyKey: string } | null>(null)

  const loadStores = () => {
    setStoresError(null)
    fetchStores()
      .then((list) => {
        setStores(list)
        setStoreId((id) => id ?? list[0]?.id ?? null)
      })
      .catch((e: ApiError) => setStoresError(e))
  }
  useEffect(loadStores, [])

  const code = normalizeTypedCode(input)
  const wellFormed = isWellFormedCode(code)

  const send = async (a: { code: string; storeId: string; idempotencyKey: string }) => {
    setBusy(true)
    try {
      const r = await redeem(a)
      const store = stores?.find((s) => s.id === r.storeId)?.name ?? r.storeId
      setOutcome({ kind: 'success', text: `核销成功：券 ${r.couponId} · ${store} · ${formatShanghai(r.redeemedAt, 'HH:mm:ss')}` })
      attempt.current = null
    } catch (e) {
      const o = outcomeOfError(e)
      setOutcome(o)
      if (o.kind !== 'unknown') attempt.current = null
    } finally {
      setBusy(false)
    }
  }

  const onRedeem = () => {
    if (!storeId || !wellFormed || busy) return
    attempt.current = { code, storeId, idempotencyKey: newIdempotencyKey() }
    void send(attempt.current)
  }
  const onRetry = () => {
    if (attempt.current && !busy) void send(attempt.current)
  }
  const onScan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] })
      setInput(normalizeTypedCode(res.result))
      setOutcome(null)
    } catch {
      /* cancelled */
    }
  }

  if (!stores && storesError) return <ErrorState message={describeError(storesError)} onRetry={loadStores} />
  return (
    <View className='counter'>
      <Text>门店</Text>
      <View className='counter__stores' {...a11y('选择门店', 'radiogroup')}>
        {(stores ?? []).map((s) => (
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
        value={input}
        placeholder='输入 16 位券码'
        ariaLabel='券码'
        // H5: the label belongs on the native <input> inside taro-input-core.
        nativeProps={{ 'aria-label': '券码' }}
        onInput={(e) => {
          setInput(e.detail.value)
          setOutcome(null)
        }}
      />
      {input !== '' && !wellFormed && <Text className='counter__hint'>券码应为 16 位数字，请核对</Text>}
      {IS_WEAPP && <Button onClick={() => void onScan()} {...a11y(undefined, 'button')}>扫码</Button>}
      <Button className='claim__btn' disabled={!wellFormed || !storeId || busy} onClick={onRedeem} ariaLabel='核销' {...a11y(undefined, 'button', { disabled: !wellFormed || !storeId || busy })}>
        {busy ? '核销中…' : '核销'}
      </Button>
      {outcome && (
        <View className={`counter__result counter__result--${outcome.kind === 'success' ? 'ok' : 'bad'}`} {...a11y(undefined, 'status')} data-testid='counter-outcome'>
          <Text>{outcome.text}</Text>
          {outcome.kind === 'unknown' && attempt.current && (
            <Button onClick={onRetry} disabled={busy} ariaLabel='重试' {...a11y(undefined, 'button', { disabled: busy })}>
              重试
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

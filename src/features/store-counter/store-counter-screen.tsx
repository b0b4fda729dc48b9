import { useEffect, useRef, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { normalizeTypedCode } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError, isApiError, type ApiError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import { scanCode } from '@/platform'
import type { StoreDto } from '@/services/schemas/coupons'
import type { StaffSessionDto } from '@/services/schemas/staff'
import { fetchStores, newIdempotencyKey, redeem } from './api'
import { CODE_MAX_DIGITS, CODE_MIN_DIGITS, isContractCode } from './code-format'
import { EarningPanel } from './earning-panel'
import { outcomeOfError, type Outcome } from './outcome'
import { StaffSignIn } from './staff-sign-in'
import { useStaffSession } from './staff-session'
import '../coupons/coupons.scss'
import '../coupons/claim.scss'
import './store-counter.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

interface Attempt {
  code: string
  storeId: string
  idempotencyKey: string
}

/** 门店核销: a clerk signs in for their store, scans or types the code, and sees exactly what happened. */
export function StoreCounterScreen() {
  const [stores, setStores] = useState<StoreDto[] | null>(null)
  const [storesError, setStoresError] = useState<ApiError | null>(null)
  const { session, keep, forget } = useStaffSession()
  const [signInNotice, setSignInNotice] = useState<string | null>(null)

  const loadStores = () => {
    setStoresError(null)
    fetchStores()
      .then(setStores)
      .catch((e: ApiError) => setStoresError(e))
  }
  useEffect(loadStores, [])

  if (!stores && storesError) return <ErrorState message={describeError(storesError)} onRetry={loadStores} />
  if (!stores)
    return (
      <SkeletonGroup label='正在加载门店'>
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )
  if (!session) {
    return (
      <StaffSignIn
        stores={stores}
        notice={signInNotice}
        onSignedIn={(s) => {
          setSignInNotice(null)
          keep(s)
        }}
      />
    )
  }
  const signOut = (notice: string | null) => {
    setSignInNotice(notice)
    forget()
  }
  return (
    <>
      <RedeemPanel session={session} stores={stores} onSignOut={signOut} />
      <EarningPanel session={session} onSignOut={signOut} />
    </>
  )
}

interface PanelProps {
  session: StaffSessionDto
  stores: readonly StoreDto[]
  onSignOut: (notice: string | null) => void
}

function RedeemPanel({ session, stores, onSignOut }: PanelProps) {
  const [input, setInput] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  /**
   * The attempt whose outcome is not known yet (network error, timeout, 5xx). Tapping 核销 again
   * for the same code and store reuses its key, so if the first attempt did land the clerk reads
   * 核销成功 (the replay), not "already redeemed" about their own redemption.
   */
  const unknown = useRef<Attempt | null>(null)
  const storeName = stores.find((s) => s.id === session.storeId)?.name ?? session.storeId

  const code = normalizeTypedCode(input)
  const wellFormed = isContractCode(code)

  const send = async (a: Attempt) => {
    setBusy(true)
    try {
      const r = await redeem(a, session.token)
      const store = stores.find((s) => s.id === r.storeId)?.name ?? r.storeId
      setOutcome({ kind: 'success', text: `核销成功：券 ${r.couponId} · ${store} · ${formatShanghai(r.redeemedAt, 'HH:mm:ss')}` })
      unknown.current = null
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        onSignOut('登录已失效，请重新登录后再核销')
        return
      }
      const o = outcomeOfError(e)
      setOutcome(o)
      unknown.current = o.kind === 'unknown' ? a : null
    } finally {
      setBusy(false)
    }
  }

  const onRedeem = () => {
    if (!wellFormed || busy) return
    const pending = unknown.current
    const same = pending && pending.code === code && pending.storeId === session.storeId
    void send(same ? pending : { code, storeId: session.storeId, idempotencyKey: newIdempotencyKey() })
  }
  const onScan = async () => {
    const scanned = await scanCode()
    if (!scanned.ok) return // cancelled, or no camera here: the code can still be typed
    setInput(normalizeTypedCode(scanned.value ?? ''))
    setOutcome(null)
  }

  return (
    <View className='counter'>
      <View className='counter__signed-in'>
        <Text>当前门店：{storeName}</Text>
        <Button className='counter__sign-out btn btn--secondary btn--small' onClick={() => onSignOut(null)} ariaLabel='退出登录' {...a11y(undefined, 'button')}>
          退出登录
        </Button>
      </View>
      <Input
        className='counter__input'
        type='number'
        value={input}
        placeholder={`输入 ${CODE_MIN_DIGITS}–${CODE_MAX_DIGITS} 位券码`}
        ariaLabel='券码'
        // H5: the label belongs on the native <input> inside taro-input-core.
        nativeProps={{ 'aria-label': '券码' }}
        onInput={(e) => {
          setInput(e.detail.value)
          setOutcome(null)
        }}
      />
      {input !== '' && !wellFormed && (
        <Text className='counter__hint'>
          券码应为 {CODE_MIN_DIGITS} 到 {CODE_MAX_DIGITS} 位数字，请核对
        </Text>
      )}
      {IS_WEAPP && <Button className='btn btn--secondary btn--small' onClick={() => void onScan()} {...a11y(undefined, 'button')}>扫码</Button>}
      <Button className='counter__action btn btn--primary btn--small' disabled={!wellFormed || busy || undefined} onClick={onRedeem} ariaLabel='核销' {...a11y(undefined, 'button', { disabled: !wellFormed || busy })}>
        {busy ? '核销中…' : '核销'}
      </Button>
      {outcome && (
        <View className={`counter__result counter__result--${outcome.kind === 'success' ? 'ok' : 'bad'}`} {...a11y(undefined, 'status')} data-testid='counter-outcome'>
          <Text>{outcome.text}</Text>
        </View>
      )}
    </View>
  )
}

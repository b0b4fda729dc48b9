import { useRef, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { normalizeTypedCode } from '@/domain/coupons'
import { isMemberCode } from '@/domain/earning'
import { a11y } from '@/components/a11y'
import { isApiError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import type { StaffSessionDto } from '@/services/schemas/staff'
import { checkInAtInvite, newIdempotencyKey, recordRefund } from './api'
import { earningOutcomeOfError, parseYuan } from './earning-outcome'
import type { Outcome } from './outcome'
import { useCounterStore } from './counter-store'

// A purchase is recorded through the member code's checkout above (with its coupons, in one go).
type Mode = 'check-in' | 'refund'
const MODES: Array<[Mode, string]> = [
  ['refund', '退款'],
  ['check-in', '活动签到'],
]
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`

/**
 * One staff action with safe retries: while an attempt's outcome is unknown (network, timeout,
 * 5xx), submitting the same input again reuses its key, so a purchase that did land is answered
 * as recorded instead of "order already recorded".
 */
function useStaffAction(onSignOut: (notice: string) => void) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const pending = useRef<{ fingerprint: string; key: string } | null>(null)
  const submit = async (fingerprint: string, what: string, run: (key: string) => Promise<string>) => {
    if (busy) return
    const key = pending.current?.fingerprint === fingerprint ? pending.current.key : newIdempotencyKey()
    setBusy(true)
    try {
      setOutcome({ kind: 'success', text: await run(key) })
      pending.current = null
      void useCounterStore.getState().loadLog()
    } catch (e) {
      if (isApiError(e) && e.status === 401) return onSignOut('登录已失效，请重新登录后再操作')
      const o = earningOutcomeOfError(e, what)
      setOutcome(o)
      pending.current = o.kind === 'unknown' ? { fingerprint, key } : null
    } finally {
      setBusy(false)
    }
  }
  return { busy, outcome, submit, clear: () => setOutcome(null) }
}

function Field({ label, value, onInput, type = 'text' }: { label: string; value: string; onInput: (v: string) => void; type?: 'text' | 'number' | 'digit' }) {
  return (
    <Input
      className='counter__input'
      type={type}
      value={value}
      placeholder={label}
      ariaLabel={label}
      nativeProps={{ 'aria-label': label }}
      onInput={(e) => onInput(e.detail.value)}
    />
  )
}

/** 门店消费与签到: record a purchase or check a member in by member code; refund by order number. */
export function EarningPanel({ session, onSignOut }: { session: StaffSessionDto; onSignOut: (notice: string | null) => void }) {
  const [mode, setMode] = useState<Mode>('refund')
  const [memberCode, setMemberCode] = useState('')
  const [amount, setAmount] = useState('')
  const [orderId, setOrderId] = useState('')
  const [inviteId, setInviteId] = useState('')
  const action = useStaffAction(onSignOut)
  const code = normalizeTypedCode(memberCode)
  const fen = parseYuan(amount)
  const order = orderId.trim()
  const ready = mode === 'refund' ? fen !== null && order !== '' : isMemberCode(code) && inviteId.trim() !== ''
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v)
    action.clear()
  }

  const go = () => {
    if (!ready) return
    if (mode === 'refund' && fen !== null) {
      void action.submit(`r ${fen} ${order}`, '退款', async (key) => {
        const r = await recordRefund({ orderId: order, amountFen: fen, idempotencyKey: key }, session.token)
        return `已退款 ${yuan(r.amountFen)} · 订单 ${r.orderId}`
      })
    } else if (mode === 'check-in') {
      const invite = inviteId.trim()
      void action.submit(`c ${code} ${invite}`, '签到', async (key) => {
        const c = await checkInAtInvite({ memberCode: code, inviteId: invite, idempotencyKey: key }, session.token)
        return `签到成功 · 活动 ${c.inviteId} · ${formatShanghai(c.checkedInAt, 'HH:mm:ss')}`
      })
    }
  }

  return (
    <View className='counter__card counter--earning' data-testid='earning-panel'>
      <Text className='counter__title'>退款与活动签到</Text>
      <View className='wallet__tabs' {...a11y(undefined, 'tablist')}>
        {MODES.map(([m, label]) => (
          <Text
            key={m}
            className={`wallet__tab${mode === m ? ' wallet__tab--on' : ''}`}
            onClick={() => (setMode(m), action.clear())}
            {...a11y(label, 'tab', { selected: mode === m })}
          >
            {label}
          </Text>
        ))}
      </View>
      {mode !== 'refund' && <Field label='会员码（18 位）' type='number' value={memberCode} onInput={edit(setMemberCode)} />}
      {memberCode !== '' && mode !== 'refund' && !isMemberCode(code) && <Text className='counter__hint'>会员码是以 88 开头的 18 位数字，请核对</Text>}
      {mode !== 'check-in' && <Field label='金额（元）' type='digit' value={amount} onInput={edit(setAmount)} />}
      {amount !== '' && mode !== 'check-in' && fen === null && <Text className='counter__hint'>金额应为大于 0 的数字，最多两位小数</Text>}
      {mode !== 'check-in' && <Field label='订单号' value={orderId} onInput={edit(setOrderId)} />}
      {mode === 'check-in' && <Field label='活动邀请编号' value={inviteId} onInput={edit(setInviteId)} />}
      <Button className='counter__action btn btn--primary' disabled={!ready || action.busy || undefined} onClick={go} {...a11y(MODES.find(([m]) => m === mode)?.[1], 'button', { disabled: !ready || action.busy })}>
        {action.busy ? '处理中…' : MODES.find(([m]) => m === mode)?.[1]}
      </Button>
      {action.outcome && (
        <View className={`counter__result counter__result--${action.outcome.kind === 'success' ? 'ok' : 'bad'}`} {...a11y(undefined, 'status')} data-testid='earning-outcome'>
          <Text>{action.outcome.text}</Text>
        </View>
      )}
    </View>
  )
}

import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { formatDate } from '@/lib/format'
import type { MemberLookupDto } from '../counter-schemas'
import { useCounterStore } from '../counter-store'
import { couponValue, levelName, minSpendText, yuan } from '../counter-words'
import { parseYuan } from '../earning-outcome'

function Field({ label, value, onInput, type = 'text' }: { label: string; value: string; onInput: (v: string) => void; type?: 'text' | 'digit' }) {
  return (
    <Input
      className='counter__input'
      type={type}
      value={value}
      placeholder={label}
      ariaLabel={label}
      nativeProps={{ 'aria-label': label, autoComplete: 'off' }}
      onInput={(e) => onInput(e.detail.value)}
    />
  )
}

/**
 * 会员码: one scan for the whole checkout. The member (masked) and their coupons valid here now;
 * the clerk ticks what the customer uses, types the order number and the amount paid, and
 * confirms once: the purchase and the ticked coupons are recorded together or not at all.
 */
export function MemberCheckout({ lookup }: { lookup: MemberLookupDto }) {
  const confirm = useCounterStore((s) => s.checkout)
  const cancel = useCounterStore((s) => s.cancel)
  const busy = useCounterStore((s) => s.busy)
  const [ticked, setTicked] = useState<string[]>([])
  const [orderId, setOrderId] = useState('')
  const [amount, setAmount] = useState('')
  const fen = parseYuan(amount)
  const order = orderId.trim()
  const orderOk = /^[\w-]{1,64}$/.test(order)
  // Only coupons still offered count: a refresh after a refusal may have taken one away.
  const chosen = ticked.filter((id) => lookup.coupons.some((c) => c.id === id))
  const ready = fen !== null && orderOk && !busy
  const toggle = (id: string) => setTicked((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]))

  return (
    <View className='counter__card' data-testid='member-checkout' {...a11y('会员结账', 'region')}>
      <Text className='counter__kind'>会员码</Text>
      <Text className='counter__title'>
        {lookup.member.nicknameMasked} · {levelName(lookup.member.levelCode)}
      </Text>
      <Text>{lookup.coupons.length > 0 ? `本店现在可用的券（${lookup.coupons.length} 张），勾选顾客这次使用的：` : '这位会员没有本店现在可用的券'}</Text>
      {lookup.coupons.map((c) => {
        const on = chosen.includes(c.id)
        return (
          <View key={c.id} className={`counter__coupon${on ? ' counter__coupon--on' : ''}`} onClick={() => toggle(c.id)} {...a11y(`${c.title} ${couponValue(c)}`, 'checkbox', { checked: on })}>
            <Text className='counter__tick'>{on ? '☑' : '☐'}</Text>
            <View className='counter__coupon-text'>
              <Text>
                {c.title} · {couponValue(c)}
              </Text>
              <Text className='counter__hint'>
                {minSpendText(c)} · {formatDate(c.validUntil)} 到期
              </Text>
            </View>
          </View>
        )
      })}
      <Field label='订单号' value={orderId} onInput={setOrderId} />
      {orderId !== '' && !orderOk && <Text className='counter__hint'>订单号为 1–64 位字母、数字或 -_</Text>}
      <Field label='实付金额（元）' type='digit' value={amount} onInput={setAmount} />
      {amount !== '' && fen === null && <Text className='counter__hint'>金额应为大于 0 的数字，最多两位小数</Text>}
      <View className='counter__row'>
        <Button
          className='counter__action btn btn--primary'
          disabled={!ready || undefined}
          onClick={() => fen !== null && void confirm({ couponIds: chosen, orderId: order, amountFen: fen })}
          {...a11y('确认结账', 'button', { disabled: !ready })}
        >
          {busy ? '处理中…' : fen !== null ? `确认结账 ${yuan(fen)}${chosen.length > 0 ? ` · 用券 ${chosen.length} 张` : ''}` : '确认结账'}
        </Button>
        <Button className='counter__action btn btn--secondary' onClick={cancel} {...a11y('取消', 'button')}>
          取消
        </Button>
      </View>
    </View>
  )
}

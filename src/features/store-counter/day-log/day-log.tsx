import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { formatShanghai } from '@/lib/format'
import type { DayLogEntryDto } from '../counter-schemas'
import { useCounterStore } from '../counter-store'
import { LOG_KIND, yuan } from '../counter-words'

function Entry({ e }: { e: DayLogEntryDto }) {
  const undo = useCounterStore((s) => s.undo)
  const busy = useCounterStore((s) => s.busy)
  const what = [LOG_KIND[e.kind] ?? e.kind, e.amountFen !== undefined ? yuan(e.amountFen) : null, e.couponTitle ?? null, e.memberMasked].filter(Boolean).join(' · ')
  const target = e.kind === 'checkout' ? { checkoutId: e.id } : { redemptionId: e.id }
  return (
    <View className={`counter__log-entry${e.voidedAt ? ' counter__log-entry--voided' : ''}`} data-testid='day-log-entry'>
      <Text className='counter__log-time'>{formatShanghai(e.at, 'HH:mm:ss')}</Text>
      <Text className='counter__log-what'>
        {what}
        {e.voidedAt ? '（已撤销）' : ''}
      </Text>
      {!e.voidable && !e.voidedAt && (e.kind === 'redemption' || e.kind === 'checkout') && <Text className='counter__hint'>超过 10 分钟，不能撤销</Text>}
      {e.voidable && (
        <Button className='counter__undo btn btn--secondary btn--small' disabled={busy || undefined} onClick={() => void undo(target)} {...a11y(`撤销 ${formatShanghai(e.at, 'HH:mm:ss')} 的${LOG_KIND[e.kind]}`, 'button', { disabled: busy })}>
          撤销
        </Button>
      )}
    </View>
  )
}

/** 今日记录: the signed-in store's Shanghai day from the backend, so it survives a reload of the till. */
export function DayLog() {
  const log = useCounterStore((s) => s.log)
  const error = useCounterStore((s) => s.logError)
  const load = useCounterStore((s) => s.loadLog)
  useEffect(() => {
    void load()
    // Undo buttons come and go with the 10-minute window: read the day again each minute.
    const timer = setInterval(() => void load(), 60_000)
    return () => clearInterval(timer)
  }, [load])
  return (
    <View className='counter__card' data-testid='day-log' {...a11y('今日记录', 'region')}>
      <View className='counter__row counter__row--spread'>
        <Text className='counter__title'>今日记录</Text>
        <Button className='btn btn--secondary btn--small counter__refresh' onClick={() => void load()} {...a11y('刷新今日记录', 'button')}>
          刷新
        </Button>
      </View>
      {error && <Text className='counter__hint'>今日记录没有加载出来：{error}</Text>}
      {!log && !error && <Text className='counter__hint'>正在加载今日记录…</Text>}
      {log && (
        <Text className='counter__totals' data-testid='day-totals'>
          核销 {log.totals.redemptions} 张 · 消费 {yuan(log.totals.purchasesFen)} · 退款 {yuan(log.totals.refundsFen)} · 撤销 {log.totals.voids} 笔
        </Text>
      )}
      {log && log.entries.length === 0 && <Text className='counter__hint'>今天本店还没有记录</Text>}
      {log?.entries.map((e) => <Entry key={e.id} e={e} />)}
    </View>
  )
}

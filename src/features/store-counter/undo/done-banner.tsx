import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { serverNow } from '@/services/clock'
import { useCounterStore } from '../counter-store'

/** Minutes and seconds left, "9:41". */
export const clockLeft = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}`

/** The sentence where 撤销 was, once the window has closed. */
export const VOID_WINDOW_PASSED_TEXT = '已超过 10 分钟，不能撤销；如需退款，请在「退款」中办理'

/** Ticks once a second while `until` is ahead on the server's clock, so an undo button counts down and then goes. */
export function useTimeLeft(until: number | undefined): number {
  const [now, setNow] = useState(() => serverNow())
  useEffect(() => {
    if (until === undefined || until <= serverNow()) return
    const timer = setInterval(() => setNow(serverNow()), 1000)
    return () => clearInterval(timer)
  }, [until])
  return until === undefined ? 0 : Math.max(0, until - now)
}

/** What was just done, in full, with 撤销 while the 10 minutes last; a refusal or an unknown outcome instead when there is one. */
export function DoneBanner() {
  const done = useCounterStore((s) => s.done)
  const said = useCounterStore((s) => s.said)
  const busy = useCounterStore((s) => s.busy)
  const undo = useCounterStore((s) => s.undo)
  // The backend's clock decides; this only hides the button once the window has passed here too.
  const left = useTimeLeft(done?.undo?.until)
  return (
    <>
      {said && (
        <View className='counter__result counter__result--bad' {...a11y(undefined, 'alert')} data-testid='counter-said'>
          <Text>{said.text}</Text>
        </View>
      )}
      {done && (
        <View className='counter__result counter__result--ok' {...a11y(undefined, 'status')} data-testid='counter-outcome'>
          <Text>{done.text}</Text>
          {done.undo && left === 0 && <Text className='counter__hint'>{VOID_WINDOW_PASSED_TEXT}</Text>}
          {done.undo && left > 0 && (
            <Button className='counter__undo btn btn--secondary btn--small' disabled={busy || undefined} onClick={() => done.undo && void undo(done.undo.target)} {...a11y(`撤销（${clockLeft(left)} 内）`, 'button', { disabled: busy })}>
              撤销（{clockLeft(left)} 内）
            </Button>
          )}
        </View>
      )}
    </>
  )
}

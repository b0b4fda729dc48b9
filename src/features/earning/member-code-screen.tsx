import { useCallback, useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { LiveCode } from '@/components/code/live-code'
import { useCodeScreen } from '@/components/code/use-code-screen'
import { useRotatingCode } from '@/components/code/use-rotating-code'
import { useMembershipStore } from '@/features/growth'
import { serverNow } from '@/services/clock'
import { issueMemberCode, latestGrowthEvents, usedCoupons } from './api'
import { couponsUsedWith, describeRecorded, newEvents } from './recorded'
import './earning.scss'
import '@/components/code/code-screen.scss'
import './member-code.scss'

/** How often the screen asks whether the clerk recorded something while the code is shown. */
export const RECORDED_POLL_MS = 2_500

/**
 * 会员码: the QR, Code 128 and 18 digits a clerk scans to record a purchase or check the member in
 * to an event; rotating on server-aligned time, bright and kept on while shown, honest offline.
 * It learns what the clerk recorded within seconds and says so, and the home reloads its progress.
 */
export function MemberCodeScreen() {
  // Opened from an accepted invite: the clerk needs the invite's number to check the member in.
  const inviteId = useRouter().params.inviteId
  const visible = useCodeScreen()
  const [, setTick] = useState(0)
  const [recorded, setRecorded] = useState<string[]>([])
  const loadMembership = useMembershipStore((s) => s.load)
  const now = serverNow()
  const fetchCode = useCallback(() => issueMemberCode(), [])
  const code = useRotatingCode('member-code', fetchCode, visible)

  useEffect(() => {
    if (!visible) return
    const id = setInterval(() => setTick((n) => n + 1), 1000)
    return () => clearInterval(id)
  }, [visible])

  // What the ledger held when the code was first shown; anything newer was just recorded.
  const known = useRef<Set<string> | null>(null)
  useEffect(() => {
    if (!visible) return
    let alive = true
    let timer: ReturnType<typeof setTimeout>
    const poll = () => {
      latestGrowthEvents()
        .then((events) => {
          if (!alive) return
          if (!known.current) known.current = new Set(events.map((e) => e.id))
          const fresh = newEvents(events, known.current)
          if (fresh.length > 0) {
            fresh.forEach((e) => known.current?.add(e.id))
            void loadMembership()
            // A purchase may come with coupons the clerk redeemed in the same checkout: name them.
            const purchases = fresh.some((e) => e.type === 'purchase')
            return (purchases ? usedCoupons().catch(() => []) : Promise.resolve([])).then((used) => {
              if (!alive) return
              const lines = fresh.map((e) => describeRecorded(e) + (e.type === 'purchase' ? couponsUsedWith(e, used) : ''))
              setRecorded((shown) => [...lines, ...shown].slice(0, 3))
            })
          }
        })
        .catch(() => undefined)
        .finally(() => {
          if (alive) timer = setTimeout(poll, RECORDED_POLL_MS)
        })
    }
    poll()
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [visible, loadMembership])

  return (
    <View className='code-screen member-code'>
      <View className='code-screen__head'>
        <Text className='code-screen__title'>会员码</Text>
        <Text className='member-code__sub'>结账或活动签到时向店员出示，消费与签到自动计入成长</Text>
        {inviteId && (
          <Text className='member-code__invite' data-testid='member-code-invite'>
            活动签到 · 活动编号 {decodeURIComponent(inviteId)}
          </Text>
        )}
      </View>
      {recorded.length > 0 && (
        <View className='member-code__recorded' data-testid='recorded' {...a11y(undefined, 'status')}>
          {recorded.map((line, i) => (
            <Text key={`${i}-${line}`} className='member-code__recorded-line'>
              {line}
            </Text>
          ))}
        </View>
      )}
      <LiveCode state={code} now={now} label='会员码' idPrefix='member' />
      {/* How long the code lives is said once, by the countdown above; this line only warns. */}
      <Text className='code-screen__hint'>截图无效，请勿转发给他人。</Text>
    </View>
  )
}

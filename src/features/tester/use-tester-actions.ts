import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { describeError } from '@/services/errors'
import { invalidateMemberData, setPersona, setScenario, type ScenarioSpec } from '@/services/mock-session'
import * as api from './api'
import { shiftedInstant } from './build-info'
import { openShareAsAnother, purchaseAsClerk } from './earning-actions'


export interface TesterActions {
  personas: api.PersonaInfo[] | null
  clock: api.ClockInfo | null
  busy: boolean
  message: string
  /** Shows a result in the status line and as a toast. */
  done: (text: string) => void
  choosePersona: (id: string) => void
  chooseScenario: (s: ScenarioSpec | null) => void
  postEvent: (event: api.GrowthEventInput, label: string) => void
  moveClock: (days: number | null, label: string) => void
  reset: (scope: 'member' | 'all') => void
  purchaseAsClerk: (amountFen: number) => void
  openShareAsAnother: () => void
}

export function useTesterActions(): TesterActions {
  const [personas, setPersonas] = useState<api.PersonaInfo[] | null>(null)
  const [clock, setClockState] = useState<api.ClockInfo | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const done = useCallback((text: string) => {
    setMessage(text)
    void Taro.showToast({ title: text, icon: 'none' })
  }, [])

  const run = useCallback(
    async (work: () => Promise<string>) => {
      setBusy(true)
      try {
        done(await work())
      } catch (e) {
        done(`操作失败：${describeError(e)}`)
      } finally {
        setBusy(false)
      }
    },
    [done],
  )

  useEffect(() => {
    // Control endpoints ignore scenarios, so the console works even when the app is "down".
    api.fetchPersonas().then(setPersonas, (e: unknown) => setMessage(`身份列表加载失败：${describeError(e)}`))
    api.fetchClock().then(setClockState, () => undefined)
  }, [])

  return {
    personas,
    clock,
    busy,
    message,
    done,
    choosePersona: (id) => {
      setPersona(id)
      done(`已切换到 ${id}`)
    },
    chooseScenario: (s) => {
      setScenario(s)
      invalidateMemberData()
      done(s ? `场景：${s}` : '场景：正常')
    },
    postEvent: (event, label) =>
      void run(async () => {
        await api.postGrowthEvent(event)
        invalidateMemberData()
        return `已记录：${label}`
      }),
    moveClock: (days, label) =>
      void run(async () => {
        const current = clock ?? (await api.fetchClock())
        const next = await api.setClock(days === null ? null : shiftedInstant(current.now, days))
        setClockState(next)
        invalidateMemberData()
        return `时钟：${label}`
      }),
    reset: (scope) =>
      void run(async () => {
        await api.resetBackend(scope)
        if (scope === 'all') setClockState(await api.fetchClock())
        invalidateMemberData()
        return scope === 'all' ? '已全部重置' : '已重置当前身份'
      }),
    purchaseAsClerk: (amountFen) =>
      void run(async () => {
        const said = await purchaseAsClerk(amountFen)
        invalidateMemberData()
        return said
      }),
    openShareAsAnother: () =>
      void run(async () => {
        const said = await openShareAsAnother()
        invalidateMemberData()
        return said
      }),
  }
}

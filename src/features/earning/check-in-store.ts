import { create } from 'zustand'
import { useMembershipStore } from '@/features/growth'
import { ApiError, describeError } from '@/services/errors'
import { onMemberDataInvalidated } from '@/services/mock-session'
import type { CheckInMonth } from '@/services/schemas/earning'
import { dailyCheckIn, fetchCheckIns } from './api'

export type CheckInSaid = { tone: 'done' | 'plain'; text: string } | null

export const ALREADY_SAID = '今天已经签到过了，明天再来'

interface CheckInState {
  info: CheckInMonth | null
  busy: boolean
  said: CheckInSaid
  load: (month: string) => void
  checkIn: () => Promise<void>
  reset: () => void
}

/**
 * 签到 state shared by the home card, the growth path's card and its 去互动 task, so a check-in
 * made in one place shows everywhere at once.
 */
export const useCheckInStore = create<CheckInState>((set, get) => ({
  info: null,
  busy: false,
  said: null,
  load: (month) => {
    fetchCheckIns(month)
      .then((info) => set({ info }))
      .catch(() => undefined)
  },
  checkIn: async () => {
    const { busy, info } = get()
    if (busy) return
    if (info?.checkedInToday) return set({ said: { tone: 'plain', text: ALREADY_SAID } })
    set({ busy: true })
    try {
      const { checkIn, growth } = await dailyCheckIn()
      // The interaction shows at once: the answer carries the new growth.
      useMembershipStore.getState().applyChange({ growth })
      set((s) => ({
        info: { days: [...new Set([...(s.info?.days ?? []), checkIn.date])], streak: checkIn.streak, checkedInToday: true },
        said: { tone: 'done', text: `签到成功，已连续 ${checkIn.streak} 天，互动 +1` },
      }))
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ALREADY_CHECKED_IN') {
        set((s) => ({ info: s.info ? { ...s.info, checkedInToday: true } : s.info, said: { tone: 'plain', text: ALREADY_SAID } }))
      } else set({ said: { tone: 'plain', text: `签到没有成功：${describeError(e)}` } })
    } finally {
      set({ busy: false })
    }
  },
  reset: () => set({ info: null, busy: false, said: null }),
}))

onMemberDataInvalidated(() => useCheckInStore.getState().reset())

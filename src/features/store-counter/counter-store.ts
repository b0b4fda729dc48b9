import { create } from 'zustand'
import { shanghaiDateOf } from '@/domain/earning'
import { serverNow } from '@/services/clock'
import { describeError, isApiError } from '@/services/errors'
import type { StaffSessionDto } from '@/services/schemas/staff'
import { checkout, fetchDayLog, lookUpCode, newIdempotencyKey, redeem, voidAtCounter } from './api'
import type { CouponLookupDto, DayLogDto, MemberLookupDto } from './counter-schemas'
import { couponValue, lookUpRefusal, refusalOf, yuan } from './counter-words'
import { outcomeOfError, type Outcome } from './outcome'
import { forgetSession, readSession, saveSession } from './staff-session'

/** Where the clerk is with the customer in front of them. */
export type Step =
  | { kind: 'idle' }
  | { kind: 'looking'; code: string }
  | { kind: 'coupon'; code: string; lookup: CouponLookupDto }
  | { kind: 'member'; code: string; lookup: MemberLookupDto }

export type UndoTarget = { redemptionId: string } | { checkoutId: string }

/** What was just done, said in full, with its undo while the window is open. */
export interface Done {
  text: string
  undo?: { target: UndoTarget; until: number }
}

export interface CheckoutInput {
  couponIds: string[]
  orderId: string
  amountFen: number
}

interface CounterState {
  session: StaffSessionDto | null
  signInNotice: string | null
  step: Step
  done: Done | null
  /** A refusal or an unknown outcome of the current step. */
  said: Outcome | null
  busy: boolean
  /** The action whose outcome is unknown: the same action again reuses its key. */
  pending: { fingerprint: string; key: string } | null
  log: DayLogDto | null
  logError: string | null
  /** Bumped whenever the code field should take focus back (a scan never needs a tap). */
  focusTick: number
  signIn: (session: StaffSessionDto) => void
  signOut: (notice: string | null) => void
  lookUp: (code: string) => Promise<void>
  redeem: () => Promise<void>
  checkout: (input: CheckoutInput) => Promise<void>
  undo: (target: UndoTarget) => Promise<void>
  loadLog: () => Promise<void>
  cancel: () => void
}

const today = () => shanghaiDateOf(serverNow())
const undoUntil = (iso: string | undefined, from: string) => (iso ? Date.parse(iso) : Date.parse(from) + 10 * 60 * 1000)

/** One store for the counter session: the staff token, the step, the pending key, the day log. */
export const useCounterStore = create<CounterState>((set, get) => {
  /** Runs one staff action with a key that survives an unknown outcome; 401 signs the clerk out. */
  async function act(fingerprint: string, run: (key: string) => Promise<void>, onError: (e: unknown) => Outcome) {
    const { busy, pending } = get()
    if (busy) return
    const key = pending?.fingerprint === fingerprint ? pending.key : newIdempotencyKey()
    set({ busy: true, said: null })
    try {
      await run(key)
      set({ pending: null })
      void get().loadLog()
    } catch (e) {
      if (isApiError(e) && e.status === 401) return get().signOut('登录已失效，请重新登录后再操作')
      const said = onError(e)
      set({ said, pending: said.kind === 'unknown' ? { fingerprint, key } : null })
    } finally {
      set({ busy: false })
    }
  }
  const token = () => get().session?.token ?? ''

  return {
    session: readSession(),
    signInNotice: null,
    step: { kind: 'idle' },
    done: null,
    said: null,
    busy: false,
    pending: null,
    log: null,
    logError: null,
    focusTick: 0,
    signIn: (session) => {
      saveSession(session)
      set({ session, signInNotice: null, step: { kind: 'idle' }, done: null, said: null, pending: null, log: null })
      void get().loadLog()
    },
    signOut: (notice) => {
      forgetSession()
      set({ session: null, signInNotice: notice, step: { kind: 'idle' }, done: null, said: null, pending: null, log: null, busy: false })
    },
    lookUp: async (code) => {
      if (!get().session) return
      set({ step: { kind: 'looking', code }, said: null, done: null })
      try {
        const lookup = await lookUpCode(code, token())
        // A newer scan may have replaced this one while it was on the wire.
        if (get().step.kind !== 'looking' || (get().step as { code: string }).code !== code) return
        set({ step: lookup.kind === 'member' ? { kind: 'member', code, lookup } : { kind: 'coupon', code, lookup } })
      } catch (e) {
        if (isApiError(e) && e.status === 401) return get().signOut('登录已失效，请重新登录后再操作')
        set({ step: { kind: 'idle' }, said: lookUpRefusal(e, code), focusTick: get().focusTick + 1 })
      }
    },
    redeem: async () => {
      const step = get().step
      if (step.kind !== 'coupon' || !step.lookup.usableHere || !get().session) return
      const c = step.lookup.coupon
      await act(
        `redeem ${step.code}`,
        async (idempotencyKey) => {
          const r = await redeem({ code: step.code, storeId: get().session!.storeId, idempotencyKey }, token())
          set({
            step: { kind: 'idle' },
            done: { text: `核销成功：${c.title}（${couponValue(c)}）`, undo: { target: { redemptionId: r.id }, until: undoUntil(undefined, r.redeemedAt) } },
            focusTick: get().focusTick + 1,
          })
        },
        outcomeOfError,
      )
    },
    checkout: async (input) => {
      const step = get().step
      if (step.kind !== 'member' || !get().session) return
      const titles = step.lookup.coupons.filter((c) => input.couponIds.includes(c.id)).map((c) => c.title)
      const fingerprint = `checkout ${step.code} ${input.orderId} ${input.amountFen} ${[...input.couponIds].sort().join(',')}`
      await act(
        fingerprint,
        async (idempotencyKey) => {
          const co = await checkout({ memberCode: step.code, ...input, idempotencyKey }, token())
          const used = co.redemptions.length > 0 ? `，核销 ${co.redemptions.length} 张券：${titles.join('、')}` : ''
          set({
            step: { kind: 'idle' },
            done: { text: `已记录消费 ${yuan(co.purchase.amountFen)}${used}`, undo: { target: { checkoutId: co.id }, until: undoUntil(co.voidableUntil, co.recordedAt) } },
            focusTick: get().focusTick + 1,
          })
        },
        (e) => {
          // The member's usable coupons have changed under the clerk: show them afresh.
          if (isApiError(e) && e.code === 'COUPON_NOT_USABLE') {
            lookUpCode(step.code, token())
              .then((lookup) => lookup.kind === 'member' && get().step.kind === 'member' && set({ step: { kind: 'member', code: step.code, lookup } }))
              .catch(() => undefined)
          }
          return refusalOf(e, 'checkout', '记录')
        },
      )
    },
    undo: async (target) => {
      const id = 'checkoutId' in target ? target.checkoutId : target.redemptionId
      await act(
        `void ${id}`,
        async (idempotencyKey) => {
          const v = await voidAtCounter({ ...target, idempotencyKey }, token())
          const back = v.couponIds.length > 0 ? `，${v.couponIds.length} 张券已恢复可用` : ''
          const money = v.amountFen !== undefined ? `，消费 ${yuan(v.amountFen)} 已从会员成长中移除` : ''
          set({ done: { text: `已撤销${'checkoutId' in target ? '结账' : '核销'}${back}${money}` }, focusTick: get().focusTick + 1 })
        },
        (e) => refusalOf(e, 'void', '撤销'),
      )
    },
    loadLog: async () => {
      if (!get().session) return
      try {
        set({ log: await fetchDayLog(today(), token()), logError: null })
      } catch (e) {
        if (isApiError(e) && e.status === 401) return get().signOut('登录已失效，请重新登录后再操作')
        set({ logError: describeError(e) })
      }
    },
    cancel: () => set({ step: { kind: 'idle' }, said: null, focusTick: get().focusTick + 1 }),
  }
})

/** Tests start each till afresh (the session is read from storage again). */
export function resetCounterStore(): void {
  useCounterStore.setState({ session: readSession(), signInNotice: null, step: { kind: 'idle' }, done: null, said: null, busy: false, pending: null, log: null, logError: null })
}

import { useCallback, useEffect, useRef, useState } from 'react'
import * as v from 'valibot'
import { codeState, nextRefreshDelay } from '@/domain/coupons'
import { serverNow } from '@/services/clock'
import { ApiError } from '@/services/errors'
import { getPersona } from '@/services/mock-session'
import { CodeResponse, type CodeDto } from '@/services/schemas/coupons'
import { readStored, writeStored } from '@/services/storage'
import { issueCode } from './api'

export interface HeldCode {
  code: CodeDto
  /** Server-aligned time the code arrived (`serverNow()`); `refreshAfterMs` counts from here. */
  receivedAt: number
}

// 2: `receivedAt` became server-aligned.
const CACHE_VERSION = 2
const Held = v.object({ code: CodeResponse, receivedAt: v.number() })
const isHeld = (d: unknown): d is HeldCode => v.is(Held, d)
export const codeCacheKey = (couponId: string) => `coupon-code:${getPersona() ?? 'default'}:${couponId}`
/** After a failed fetch, try again this soon (the member may walk out of the basement). */
export const CODE_RETRY_MS = 4_000
/**
 * After 409 NOT_AVAILABLE, ask again this much later: the screen meanwhile learns why from the
 * coupon itself, and a coupon whose validity starts soon (or a stale refusal) must not stall.
 */
export const NOT_AVAILABLE_RETRY_MS = 5_000

export interface RedemptionCodeState {
  held: HeldCode | null
  /** The last fetch failed for want of network or server: what is shown is the saved code. */
  offline: boolean
  /** The backend refused a code (409 NOT_AVAILABLE): used, expired or not yet valid; asked again later. */
  notAvailable: boolean
}

/**
 * The code on screen for one coupon while `active`: the saved one at once if still usable, then a
 * fresh one from the backend, rotated `refreshAfterMs` after each arrival; on failure the saved
 * code stays with an offline flag and a retry is scheduled. Every judgement of a code's time
 * left is on server-aligned time, so a phone minutes fast or slow neither hides a live code
 * nor shows a dead one.
 */
export function useRedemptionCode(couponId: string, active: boolean): RedemptionCodeState {
  const [state, setState] = useState<RedemptionCodeState>(() => {
    const cached = couponId ? readStored(codeCacheKey(couponId), CACHE_VERSION, isHeld) : null
    return { held: cached && codeState(cached.code, serverNow()).usable ? cached : null, offline: false, notAvailable: false }
  })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const schedule = useCallback((fn: () => void, ms: number) => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(fn, ms)
  }, [])

  const refresh = useCallback(
    (isCurrent: () => boolean) => {
      issueCode(couponId)
        .then((code) => {
          if (!isCurrent()) return
          const held = { code, receivedAt: serverNow() }
          writeStored(codeCacheKey(couponId), CACHE_VERSION, held)
          setState({ held, offline: false, notAvailable: false })
          schedule(() => refresh(isCurrent), nextRefreshDelay(code, held.receivedAt, serverNow()))
        })
        .catch((e: unknown) => {
          if (!isCurrent()) return
          if (e instanceof ApiError && e.code === 'NOT_AVAILABLE') {
            setState((s) => ({ ...s, notAvailable: true, offline: false }))
            schedule(() => refresh(isCurrent), NOT_AVAILABLE_RETRY_MS)
            return
          }
          setState((s) => ({ ...s, offline: true, notAvailable: false }))
          schedule(() => refresh(isCurrent), CODE_RETRY_MS)
        })
    },
    [couponId, schedule],
  )

  useEffect(() => {
    if (!active || !couponId) return
    let current = true
    const isCurrent = () => current
    // The saved code is already on screen (instant); a fresh one follows at once, which also
    // tells us honestly whether we are offline.
    refresh(isCurrent)
    return () => {
      current = false
      if (timer.current) clearTimeout(timer.current)
    }
  }, [active, couponId, refresh, schedule])

  return state
}

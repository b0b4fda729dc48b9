import { useCallback, useEffect, useRef, useState } from 'react'
import * as v from 'valibot'
import { codeState, nextRefreshDelay } from '@/domain/coupons'
import { serverNow } from '@/services/clock'
import { ApiError } from '@/services/errors'
import { memberScope, onMemberChange, readMember, writeMember } from '@/services/member-storage'

/** What every short-lived code answer carries (coupon codes and the member code alike). */
export interface RotatingCodeDto {
  code: string
  expiresAt: string
  refreshAfterMs?: number
  serverTime?: string
}

export interface HeldCode<C extends RotatingCodeDto = RotatingCodeDto> {
  code: C
  /** Server-aligned time the code arrived (`serverNow()`); `refreshAfterMs` counts from here. */
  receivedAt: number
}

// 2: `receivedAt` became server-aligned.
const CACHE_VERSION = 2
const Held = v.object({
  code: v.object({ code: v.string(), expiresAt: v.string(), refreshAfterMs: v.optional(v.number()), serverTime: v.optional(v.string()) }),
  receivedAt: v.number(),
})
const isHeld = (d: unknown): d is HeldCode => v.is(Held, d)
/** After a failed fetch, try again this soon (the member may walk out of the basement). */
export const CODE_RETRY_MS = 4_000
/**
 * After a refusal (409 NOT_AVAILABLE for coupons), ask again this much later: the screen
 * meanwhile learns why, and a code whose validity starts soon (or a stale refusal) must not stall.
 */
export const NOT_AVAILABLE_RETRY_MS = 5_000

export interface RotatingCodeState<C extends RotatingCodeDto = RotatingCodeDto> {
  held: HeldCode<C> | null
  /** The last fetch failed for want of network or server: what is shown is the saved code. */
  offline: boolean
  /** The backend refused a code with `refusalCode`; asked again later. */
  notAvailable: boolean
}

/**
 * The code on screen while `active`: the saved one at once if still usable, then a fresh one
 * from the backend, rotated `refreshAfterMs` after each arrival; on failure the saved code stays
 * with an offline flag and a retry is scheduled. Every judgement of a code's time left is on
 * server-aligned time, so a phone minutes fast or slow neither hides a live code nor shows a
 * dead one. Shared by the coupon code and the member code (会员码).
 */
export function useRotatingCode<C extends RotatingCodeDto>(
  /** The member-storage name the code is saved under (null: none to show yet). */
  cacheKey: string | null,
  fetchCode: () => Promise<C>,
  active: boolean,
  refusalCode?: string,
): RotatingCodeState<C> {
  const [state, setState] = useState<RotatingCodeState<C>>(() => {
    const cached = cacheKey ? (readMember(cacheKey, CACHE_VERSION, isHeld) as HeldCode<C> | null) : null
    return { held: cached && codeState(cached.code, serverNow()).usable ? cached : null, offline: false, notAvailable: false }
  })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const fetchRef = useRef(fetchCode)
  fetchRef.current = fetchCode

  const schedule = useCallback((fn: () => void, ms: number) => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(fn, ms)
  }, [])

  const refresh = useCallback(
    (isCurrent: () => boolean) => {
      // A code asked for one member is never kept or shown for the next (sign-out mid-request).
      const owner = memberScope()
      fetchRef
        .current()
        .then((code) => {
          if (!isCurrent() || memberScope() !== owner) return
          const held = { code, receivedAt: serverNow() }
          if (cacheKey) writeMember(cacheKey, CACHE_VERSION, held)
          setState({ held, offline: false, notAvailable: false })
          schedule(() => refresh(isCurrent), nextRefreshDelay(code, held.receivedAt, serverNow()))
        })
        .catch((e: unknown) => {
          if (!isCurrent()) return
          if (refusalCode && e instanceof ApiError && e.code === refusalCode) {
            setState((s) => ({ ...s, notAvailable: true, offline: false }))
            schedule(() => refresh(isCurrent), NOT_AVAILABLE_RETRY_MS)
            return
          }
          setState((s) => ({ ...s, offline: true, notAvailable: false }))
          schedule(() => refresh(isCurrent), CODE_RETRY_MS)
        })
    },
    [cacheKey, refusalCode, schedule],
  )

  // Another member (or nobody) now: the code on screen was the previous member's.
  useEffect(() => onMemberChange(() => setState({ held: null, offline: false, notAvailable: false })), [])

  useEffect(() => {
    if (!active || !cacheKey) return
    let current = true
    const isCurrent = () => current
    // The saved code is already on screen (instant); a fresh one follows at once, which also
    // tells us honestly whether we are offline.
    refresh(isCurrent)
    return () => {
      current = false
      if (timer.current) clearTimeout(timer.current)
    }
  }, [active, cacheKey, refresh])

  return state
}

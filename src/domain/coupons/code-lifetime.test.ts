import { toIso } from '../time'
import {
  CODE_REFRESH_AFTER_MS,
  CODE_TTL_MS,
  MIN_REFRESH_DELAY_MS,
  codeState,
  isRedeemableAt,
  nextRefreshDelay,
  pollDelay,
  redeemability,
} from './code-lifetime'
import { makeCoupon, sh } from './test-fixtures'

const issuedAt = sh('2026-11-27T12:00:00')
const code = { code: '4539578763621486', expiresAt: toIso(issuedAt + CODE_TTL_MS), refreshAfterMs: CODE_REFRESH_AFTER_MS }

describe('codeState', () => {
  it('counts down while fresh and is dead from expiresAt on', () => {
    expect(codeState(code, issuedAt)).toEqual({ usable: true, msLeft: 60_000 })
    expect(codeState(code, issuedAt + 59_999)).toEqual({ usable: true, msLeft: 1 })
    expect(codeState(code, issuedAt + 60_000)).toEqual({ usable: false, msLeft: 0 })
    expect(codeState(code, issuedAt + 61_000)).toEqual({ usable: false, msLeft: 0 })
  })

  it('treats an unreadable expiresAt as dead', () => {
    expect(codeState({ expiresAt: 'soon' }, issuedAt)).toEqual({ usable: false, msLeft: 0 })
  })
})

describe('nextRefreshDelay', () => {
  it('refreshes 10 s before expiry', () => {
    expect(CODE_REFRESH_AFTER_MS).toBe(50_000)
    expect(nextRefreshDelay(code, issuedAt, issuedAt)).toBe(50_000)
    expect(nextRefreshDelay({ expiresAt: code.expiresAt }, issuedAt, issuedAt + 20_000)).toBe(30_000)
  })

  it('follows the server hint on the device clock, so a skewed clock does not refresh in a loop', () => {
    const deviceAhead = issuedAt + 120_000 // the phone is two minutes fast
    expect(nextRefreshDelay(code, deviceAhead, deviceAhead)).toBe(50_000)
    expect(nextRefreshDelay({ expiresAt: code.expiresAt }, deviceAhead, deviceAhead)).toBe(MIN_REFRESH_DELAY_MS)
    expect(nextRefreshDelay({ expiresAt: 'x' }, issuedAt, issuedAt)).toBe(MIN_REFRESH_DELAY_MS)
  })
})

describe('redeemability', () => {
  const coupon = makeCoupon({ validFrom: toIso(sh('2026-11-20T10:00:00')), validUntil: toIso(sh('2026-11-27T23:59:59.999')) })
  const lateCode = { expiresAt: toIso(sh('2026-11-28T00:00:30')) } // issued at 23:59:30

  it('is redeemable with a live code on a valid coupon', () => {
    expect(isRedeemableAt(coupon, code, issuedAt + 1_000)).toBe(true)
  })

  it('is not redeemable one second past the code’s expiresAt', () => {
    expect(redeemability(coupon, code, issuedAt + CODE_TTL_MS + 1_000)).toEqual({ redeemable: false, reason: 'CODE_EXPIRED' })
  })

  it('stops at the coupon’s midnight even though the code on screen has 30 s left', () => {
    expect(isRedeemableAt(coupon, lateCode, sh('2026-11-27T23:59:59.999'))).toBe(true)
    const now = sh('2026-11-28T00:00:00.000')
    expect(codeState(lateCode, now).usable).toBe(true)
    expect(redeemability(coupon, lateCode, now)).toEqual({ redeemable: false, reason: 'EXPIRED' })
  })

  it('says why: used, or not started yet', () => {
    expect(redeemability({ ...coupon, status: 'used' }, code, issuedAt)).toEqual({ redeemable: false, reason: 'USED' })
    expect(redeemability(coupon, code, sh('2026-11-20T09:59:59'))).toEqual({ redeemable: false, reason: 'NOT_STARTED' })
  })
})

describe('pollDelay', () => {
  it('starts at 1.5 s, doubles, and settles at 4 s so the counter sees success within seconds', () => {
    expect([0, 1, 2, 3, 4, 50, 1e9].map(pollDelay)).toEqual([1_500, 3_000, 4_000, 4_000, 4_000, 4_000, 4_000])
  })

  it('treats nonsense attempts as the first', () => {
    expect(pollDelay(-1)).toBe(1_500)
    expect(pollDelay(NaN)).toBe(1_500)
  })
})

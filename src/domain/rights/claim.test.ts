import { parseInstant } from '../time'
import { rightById, type Right } from './catalogue'
import { checkRightClaim, refusalMessage } from './claim'

const now = parseInstant('2026-11-20T02:00:00Z')
const get = (id: string) => rightById(id) as Right
const tasting = get('r-limited-tasting') // cocreator, stock 20, 1 per month
const usedThisMonth = [{ rightId: 'r-limited-tasting', claimedAt: '2026-11-05T02:00:00Z' }]

describe('checkRightClaim', () => {
  it('lets a co-creator claim a limited right with stock and quota left', () => {
    expect(checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: [], stockLeft: 3, now })).toEqual({ ok: true })
  })

  it('refuses 409 SOLD_OUT when stock is 0', () => {
    expect(checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: [], stockLeft: 0, now })).toEqual({
      ok: false, status: 409, code: 'SOLD_OUT', message: '该权益已抢光',
    })
  })

  it('falls back to the initial stock when no stock is passed', () => {
    expect(checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: [], now })).toEqual({ ok: true })
  })

  it('refuses 409 QUOTA_USED after this month’s claim, and allows it again next month', () => {
    expect(checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: usedThisMonth, stockLeft: 3, now })).toEqual({
      ok: false, status: 409, code: 'QUOTA_USED', message: '本月的领取次数已用完',
    })
    const december = parseInstant('2026-11-30T16:00:00.000Z')
    expect(checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: usedThisMonth, stockLeft: 3, now: december }).ok).toBe(true)
  })

  it('refuses 403 LEVEL_TOO_LOW before anything else, even when sold out and quota used', () => {
    expect(checkRightClaim({ right: tasting, levelCode: 'engager', claims: usedThisMonth, stockLeft: 0, now })).toEqual({
      ok: false, status: 403, code: 'LEVEL_TOO_LOW', message: '达到「核心共创」等级后可领取',
    })
  })

  it('reports QUOTA_USED rather than SOLD_OUT to a member who already has this month’s', () => {
    const check = checkRightClaim({ right: tasting, levelCode: 'cocreator', claims: usedThisMonth, stockLeft: 0, now })
    expect(check).toMatchObject({ ok: false, code: 'QUOTA_USED' })
  })

  it('refuses 409 NOT_CLAIMABLE for a standing service, but LEVEL_TOO_LOW first when locked', () => {
    expect(checkRightClaim({ right: get('r-advisor'), levelCode: 'cocreator', claims: [], now })).toEqual({
      ok: false, status: 409, code: 'NOT_CLAIMABLE', message: '该权益无需领取，解锁后即可享受',
    })
    expect(checkRightClaim({ right: get('r-advisor'), levelCode: 'explorer', claims: [], now })).toMatchObject({ status: 403, code: 'LEVEL_TOO_LOW' })
  })

  it('a seat held by an invite is unlocked below its level: refused as not claimable, not as locked', () => {
    const seat = get('r-workshop-seat')
    expect(checkRightClaim({ right: seat, levelCode: 'engager', claims: [], heldByInvite: true, now })).toMatchObject({ status: 409, code: 'NOT_CLAIMABLE' })
    expect(checkRightClaim({ right: seat, levelCode: 'engager', claims: [], now })).toMatchObject({ status: 403, code: 'LEVEL_TOO_LOW' })
  })

  it('counts quota up to perPeriod: two free-shipping claims a month, the third refused', () => {
    const right = get('r-free-shipping')
    const one = [{ rightId: right.id, claimedAt: '2026-11-01T02:00:00Z' }]
    const two = [...one, { rightId: right.id, claimedAt: '2026-11-10T02:00:00Z' }]
    expect(checkRightClaim({ right, levelCode: 'engager', claims: one, now }).ok).toBe(true)
    expect(checkRightClaim({ right, levelCode: 'engager', claims: two, now })).toMatchObject({ status: 409, code: 'QUOTA_USED' })
  })

  it('ignores stockLeft for a right without stock', () => {
    expect(checkRightClaim({ right: get('r-birthday-gift'), levelCode: 'experiencer', claims: [], stockLeft: 0, now })).toEqual({ ok: true })
  })
})

describe('refusalMessage', () => {
  it('has generic Chinese text for every code when the right is not at hand', () => {
    expect(refusalMessage('LEVEL_TOO_LOW')).toBe('当前等级暂不可领取')
    expect(refusalMessage('QUOTA_USED')).toBe('领取次数已用完')
    expect(refusalMessage('SOLD_OUT')).toBe('该权益已抢光')
    expect(refusalMessage('NOT_CLAIMABLE')).toBe('该权益无需领取，解锁后即可享受')
  })

  it('names the level and the yearly period when the right is known', () => {
    expect(refusalMessage('LEVEL_TOO_LOW', get('r-free-shipping'))).toBe('达到「积极互动」等级后可领取')
    expect(refusalMessage('QUOTA_USED', get('r-birthday-gift'))).toBe('今年的领取次数已用完')
  })
})

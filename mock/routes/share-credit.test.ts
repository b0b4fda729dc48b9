import type { Backend } from '../db'
import { call, fixedBackend } from '../test-support/call'

/** Share visits count people, not links (contract part 3, "Trust"), five a sharer a Shanghai day. */

const newShare = (b: Backend, persona = 'active~2') =>
  call(b, 'POST /shares', { persona, body: { target: { kind: 'home' }, channel: 'link' } }).body.share.id as string
const visit = (b: Backend, id: string, persona: string) => call(b, `POST /shares/${id}/visits`, { persona }).body.credited as boolean
const sharesTotal = (b: Backend, persona = 'active~2') => call(b, 'GET /me/growth', { persona }).body.totals.shares as number

describe('a person credits a sharer at most once, ever', () => {
  it('one friend opening five links of one sharer credits one share', () => {
    const b = fixedBackend()
    const before = sharesTotal(b)
    const credited = Array.from({ length: 5 }, () => visit(b, newShare(b), 'newcomer~11'))
    expect(credited).toEqual([true, false, false, false, false])
    expect(sharesTotal(b)).toBe(before + 1)
  })

  it('not on another day either, while another friend still counts, and the friend still counts for another sharer', () => {
    const b = fixedBackend()
    expect(visit(b, newShare(b), 'newcomer~12')).toBe(true)
    b.clock.setNow(b.now() + 40 * 86_400_000)
    expect(visit(b, newShare(b), 'newcomer~12')).toBe(false)
    expect(visit(b, newShare(b), 'newcomer~13')).toBe(true)
    expect(visit(b, newShare(b, 'cocreator~2'), 'newcomer~12')).toBe(true)
  })

  it('a friend turned away by the daily cap has credited nothing, and counts on a later day', () => {
    const b = fixedBackend()
    for (let i = 1; i <= 5; i++) expect(visit(b, newShare(b), `first-buyer~${i}`)).toBe(true)
    expect(visit(b, newShare(b), 'newcomer~14')).toBe(false)
    b.clock.setNow(b.now() + 86_400_000)
    expect(visit(b, newShare(b), 'newcomer~14')).toBe(true)
  })
})

describe('the daily cap’s day is the Shanghai day (00:00–08:00 Shanghai is still the previous UTC day)', () => {
  const fill = (b: Backend, tag: number) => Array.from({ length: 5 }, (_, i) => visit(b, newShare(b), `first-buyer~${tag + i}`))

  it('five at 23:30 Shanghai, then at 00:30 Shanghai (same UTC day) a new day begins', () => {
    const b = fixedBackend()
    b.clock.setNow(Date.parse('2026-03-15T23:30:00+08:00'))
    expect(fill(b, 20)).toEqual([true, true, true, true, true])
    expect(visit(b, newShare(b), 'newcomer~21')).toBe(false)
    b.clock.setNow(Date.parse('2026-03-16T00:30:00+08:00'))
    expect(new Date(b.now()).getUTCDate()).toBe(15)
    expect(visit(b, newShare(b), 'newcomer~22')).toBe(true)
  })

  it('00:30 and 08:30 Shanghai are one day though the UTC date changes between them', () => {
    const b = fixedBackend()
    b.clock.setNow(Date.parse('2026-03-16T00:30:00+08:00'))
    expect(fill(b, 30)).toEqual([true, true, true, true, true])
    b.clock.setNow(Date.parse('2026-03-16T08:30:00+08:00'))
    expect(new Date(b.now()).getUTCDate()).toBe(16)
    expect(visit(b, newShare(b), 'newcomer~23')).toBe(false)
    b.clock.setNow(Date.parse('2026-03-17T00:00:00+08:00'))
    expect(visit(b, newShare(b), 'newcomer~23')).toBe(true)
  })
})

import { birthdayGiftWindow } from './birthday'

const at = (iso: string) => Date.parse(iso)

describe('birthdayGiftWindow', () => {
  it('is open through the whole Shanghai birthday month, by Shanghai midnight not UTC', () => {
    expect(birthdayGiftWindow('1990-06-15', at('2026-06-01T00:00:00+08:00'))?.open).toBe(true)
    expect(birthdayGiftWindow('1990-06-15', at('2026-06-30T23:59:59+08:00'))?.open).toBe(true)
    // 31 May 16:30 UTC is already 1 June in Shanghai.
    expect(birthdayGiftWindow('1990-06-15', at('2026-05-31T16:30:00Z'))?.open).toBe(true)
    expect(birthdayGiftWindow('1990-06-15', at('2026-07-01T00:00:00+08:00'))?.open).toBe(false)
  })

  it('says when it opens next: later this year, or next year once the month has passed', () => {
    expect(birthdayGiftWindow('1990-06-15', at('2026-03-15T12:00:00+08:00'))).toEqual({
      open: false,
      opensAt: at('2026-06-01T00:00:00+08:00'),
      closesAt: at('2026-07-01T00:00:00+08:00'),
    })
    expect(birthdayGiftWindow('1990-06-15', at('2026-07-02T12:00:00+08:00'))?.opensAt).toBe(at('2027-06-01T00:00:00+08:00'))
    expect(birthdayGiftWindow('1990-12-03', at('2026-12-31T23:00:00+08:00'))?.closesAt).toBe(at('2027-01-01T00:00:00+08:00'))
  })

  it('opens a 29 February birthday in February of a common year too, never in March', () => {
    const feb = birthdayGiftWindow('2000-02-29', at('2027-02-10T10:00:00+08:00'))
    expect(feb).toEqual({ open: true, opensAt: at('2027-02-01T00:00:00+08:00'), closesAt: at('2027-03-01T00:00:00+08:00') })
    expect(birthdayGiftWindow('2000-02-29', at('2027-03-01T00:00:00+08:00'))).toMatchObject({ open: false, opensAt: at('2028-02-01T00:00:00+08:00') })
    expect(birthdayGiftWindow('2000-02-29', at('2028-02-29T20:00:00+08:00'))?.open).toBe(true)
  })

  it('refuses what is not a YYYY-MM-DD birthday', () => {
    expect(birthdayGiftWindow('2000-13-01', Date.now())).toBeNull()
    expect(birthdayGiftWindow('', Date.now())).toBeNull()
  })
})

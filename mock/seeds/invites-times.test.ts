// Seeded invite times agree with their labels: a slot called 周六下午场 14:00–17:00 is a Saturday
// 14:00–17:00 in Shanghai whatever the seeding moment, and so is the calendar file made from it.
import { ACTIVITIES, materializeInvite } from './invites'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
const shanghai = (iso: string) => {
  const d = new Date(Date.parse(iso) + 8 * 3600_000)
  return { weekday: WEEKDAYS[d.getUTCDay()], clock: `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` }
}

// A Tuesday evening and a Saturday just before midnight, Shanghai time (UTC instants).
const MOMENTS = [Date.parse('2026-12-01T13:53:00Z'), Date.parse('2026-12-05T15:59:00Z')]

test.each(MOMENTS)('every labelled slot falls on its weekday and hours in Shanghai (seeded at %p)', (now) => {
  const perActivity = Object.values(ACTIVITIES).map((a) => materializeInvite(a, now).slots ?? [])
  for (const list of perActivity) {
    const starts = list.map((s) => Date.parse(s.startsAt))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  }
  const slots = perActivity.flat()
  expect(slots.length).toBeGreaterThan(0)
  for (const slot of slots) {
    const [, day, from, to] = slot.label.match(/周(.)\S*\s+(\d\d:\d\d)–(\d\d:\d\d)/) ?? []
    expect({ label: slot.label, start: shanghai(slot.startsAt), end: shanghai(slot.endsAt).clock }).toEqual({
      label: slot.label,
      start: { weekday: day, clock: from },
      end: to,
    })
    expect(Date.parse(slot.startsAt)).toBeGreaterThan(now)
  }
})

test('an activity with slots starts with its first slot, so its calendar file does too', () => {
  const invite = materializeInvite(ACTIVITIES['act-spring-workshop'], MOMENTS[0])
  expect(invite.startsAt).toBe(invite.slots?.[0]?.startsAt)
  expect(shanghai(invite.startsAt)).toEqual({ weekday: '六', clock: '14:00' })
  // The calendar file is written from startsAt in UTC: 14:00 Shanghai is 06:00Z.
  expect(invite.startsAt).toMatch(/T06:00:00(\.000)?Z$/)
})

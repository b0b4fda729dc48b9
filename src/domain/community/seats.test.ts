import { cancel, checkIn, emptySeats, eventStatusOf, myStatusOf, register, type EventSeats } from './seats'

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`)
  return r as Extract<T, { ok: true }>
}

const signUps = (keys: string[], capacity: number): EventSeats =>
  keys.reduce((seats, key) => ok(register(seats, capacity, key, false)).seats, emptySeats())

describe('community event seats', () => {
  it('seats the first k of n and queues the rest in arrival order', () => {
    const keys = Array.from({ length: 15 }, (_, i) => `m${i + 1}`)
    const seats = signUps(keys, 5)
    expect(seats.registered).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    expect(seats.waitlist).toEqual(keys.slice(5))
    expect(myStatusOf(seats, 'm8')).toEqual({ myStatus: 'waitlisted', waitlistPosition: 3 })
  })

  it('refuses a second sign-up and one after the start', () => {
    const seats = signUps(['a'], 2)
    expect(register(seats, 2, 'a', false)).toMatchObject({ ok: false, status: 409, code: 'ALREADY_REGISTERED' })
    expect(register(seats, 2, 'b', true)).toMatchObject({ ok: false, status: 410, code: 'CLOSED' })
  })

  it('gives a freed seat to the first waiting, and a waiting member may leave the line', () => {
    const seats = signUps(['a', 'b', 'c', 'd'], 2)
    const afterCancel = ok(cancel(seats, 2, 'a', false))
    expect(afterCancel.promoted).toBe('c')
    expect(afterCancel.seats.registered).toEqual(['b', 'c'])
    expect(afterCancel.seats.waitlist).toEqual(['d'])
    expect(ok(cancel(seats, 2, 'c', false)).seats.waitlist).toEqual(['d'])
    expect(cancel(seats, 2, 'z', false)).toMatchObject({ ok: false, code: 'NOT_REGISTERED' })
  })

  it('checks in a seated member once, never one still waiting', () => {
    const seats = signUps(['a', 'b'], 1)
    const attended = ok(checkIn(seats, 'a')).seats
    expect(myStatusOf(attended, 'a').myStatus).toBe('attended')
    expect(checkIn(attended, 'a')).toMatchObject({ ok: false, code: 'ALREADY_CHECKED_IN' })
    expect(checkIn(attended, 'b')).toMatchObject({ ok: false, code: 'NOT_REGISTERED' })
  })

  it('reads open, full and closed', () => {
    expect(eventStatusOf(emptySeats(), 1, 1000, 999)).toBe('open')
    expect(eventStatusOf(signUps(['a'], 1), 1, 1000, 999)).toBe('full')
    expect(eventStatusOf(emptySeats(), 1, 1000, 1000)).toBe('closed')
  })
})

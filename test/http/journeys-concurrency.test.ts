// Racing members over real sockets: community seats are shared and must never oversubscribe.
import { mockServerForTests } from './http-api'

const api = mockServerForTests()

test('15 members sign up at once for 5 seats: 5 registered, 10 waiting in one order', async () => {
  const results = await Promise.all(
    Array.from({ length: 15 }, (_, i) => api('/community/events/ev-pour-over/registrations', { method: 'POST', persona: `active~${i + 1}` })),
  )
  expect(results.map((r) => r.status)).toEqual(Array(15).fill(201))
  expect(results.filter((r) => r.body.registration.status === 'registered')).toHaveLength(5)
  const positions = results.filter((r) => r.body.registration.status === 'waitlisted').map((r) => r.body.registration.waitlistPosition)
  expect(positions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  const seen = (await api('/community/events', { persona: 'active' })).body.events.find((e: { id: string }) => e.id === 'ev-pour-over')
  expect(seen).toMatchObject({ seatsLeft: 0, status: 'full', myStatus: 'none' })
})

test('the same member racing ten sign-ups holds one seat', async () => {
  const results = await Promise.all(Array.from({ length: 10 }, () => api('/community/events/ev-pour-over/registrations', { method: 'POST', persona: 'active~42' })))
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status === 409)).toHaveLength(9)
  const seen = (await api('/community/events', { persona: 'active' })).body.events.find((e: { id: string }) => e.id === 'ev-pour-over')
  expect(seen.seatsLeft).toBe(4)
})

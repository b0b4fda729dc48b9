import { startMockServer, type RunningMockServer } from './start-mock-server'

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

const answer = (persona: string, accept: boolean) =>
  fetch(`${running.url}/api/v1/invites/inv-vip-salon/response`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Persona': persona },
    body: JSON.stringify({ accept }),
  }).then(async (res) => ({ status: res.status, body: await res.json() }))

const readInvite = async (persona: string) => {
  const res = await fetch(`${running.url}/api/v1/invites`, { headers: { 'X-Persona': persona } })
  const { invites } = await res.json()
  return invites.find((i: { id: string }) => i.id === 'inv-vip-salon')
}

test('30 concurrent accepts for 5 seats: 5 accepted, 25 waitlisted in order; a cancel promotes the first', async () => {
  const personas = Array.from({ length: 30 }, (_, i) => `cocreator~${i + 1}`)
  const results = await Promise.all(personas.map((p) => answer(p, true)))

  expect(results.every((r) => r.status === 200)).toBe(true)
  const accepted = results.filter((r) => r.body.invite.status === 'accepted')
  const waitlisted = results.filter((r) => r.body.invite.status === 'waitlisted')
  expect([accepted.length, waitlisted.length]).toEqual([5, 25])

  // Re-read every member after the race: positions are 1..25 with no gaps or repeats, in arrival order.
  const after = await Promise.all(personas.map(async (p) => ({ persona: p, invite: await readInvite(p) })))
  const seated = after.filter((a) => a.invite.status === 'accepted').map((a) => a.persona)
  const queue = after
    .filter((a) => a.invite.status === 'waitlisted')
    .sort((a, b) => a.invite.waitlistPosition - b.invite.waitlistPosition)
  expect(seated).toHaveLength(5)
  expect(queue.map((a) => a.invite.waitlistPosition)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
  expect(after.every((a) => a.invite.seatsLeft === 0)).toBe(true)
  expect(running.backend.shared.inviteActivities['act-vip-salon'].waitlist).toEqual(queue.map((a) => a.persona))

  const first = queue[0].persona
  const second = queue[1].persona
  const cancel = await answer(seated[2], false)
  expect([cancel.status, cancel.body.invite.status]).toEqual([200, 'declined'])
  expect(await readInvite(first)).toMatchObject({ status: 'accepted', seatsLeft: 0 })
  expect(await readInvite(second)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
  const again = await answer(seated[2], true)
  expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_ANSWERED'])
})

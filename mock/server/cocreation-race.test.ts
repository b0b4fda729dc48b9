import { startMockServer, type RunningMockServer } from './start-mock-server'

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

const post = (persona: string, path: string, body: unknown, key?: string) =>
  fetch(`${running.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Persona': persona, ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: await res.json() }))

test('30 members voting at once, each also voting twice: every member is tallied exactly once', async () => {
  const personas = Array.from({ length: 30 }, (_, i) => `cocreator~${i + 1}`)
  const accepts = await Promise.all(personas.map((p) => post(p, '/invites/inv-community-vote/response', { accept: true })))
  expect(accepts.every((r) => r.status === 200)).toBe(true)

  const vote = (p: string, i: number, attempt: number) =>
    post(p, '/cocreation/tasks/task-community-vote/submissions', { optionId: i % 3 === 0 ? 'opt-a' : 'opt-c' }, `${p}-${attempt}`)
  const results = await Promise.all(personas.flatMap((p, i) => [vote(p, i, 1), vote(p, i, 2)]))
  expect(results.filter((r) => r.status === 201)).toHaveLength(30)
  expect(results.filter((r) => r.status === 409 && r.body.error.code === 'ALREADY_SUBMITTED')).toHaveLength(30)
  // A retried key replays its first answer and counts nothing more.
  const replay = await vote(personas[0], 0, 1)
  expect(replay.status === 201 || replay.status === 409).toBe(true)

  const res = await fetch(`${running.url}/api/v1/cocreation/tasks`, { headers: { 'X-Persona': personas[5] } })
  const task = (await res.json()).tasks.find((t: { id: string }) => t.id === 'task-community-vote')
  // Seeded votes 12 / 9 / 4, plus 10 members for A and 20 for C.
  expect(task.options.map((o: { votes: number }) => o.votes)).toEqual([22, 9, 24])
})

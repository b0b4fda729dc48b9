import { call, FIXED_NOW, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

const DAY = 24 * 60 * 60 * 1000
type Task = { id: string; kind: string; status: string; opensAt: string; dueAt: string; options?: { id: string; votes?: number }[] }
const tasksOf = (backend: ReturnType<typeof fixedBackend>, persona: string): Task[] =>
  call(backend, 'GET /cocreation/tasks', { persona }).body.tasks
const taskOf = (backend: ReturnType<typeof fixedBackend>, persona: string, id: string) =>
  tasksOf(backend, persona).find((t) => t.id === id) as Task
const submit = (backend: ReturnType<typeof fixedBackend>, persona: string, id: string, body: unknown) =>
  call(backend, `POST /cocreation/tasks/${id}/submissions`, { persona, body })

describe('GET /cocreation/tasks', () => {
  it('seeds cocreator with an open feedback task and an adopted past idea', () => {
    const tasks = tasksOf(fixedBackend(), 'cocreator')
    expect(tasks.find((t) => t.id === 'task-beta-kettle')).toMatchObject({ kind: 'feedback', status: 'open' })
    expect(tasks.find((t) => t.id === 'task-beta-earbuds-v1')).toMatchObject({ kind: 'feedback', status: 'adopted' })
    const record = call(fixedBackend(), 'GET /me/cocreation', { persona: 'cocreator' }).body
    expect(record).toMatchObject({ submitted: 1, adopted: 1 })
    expect(record.record[0]).toMatchObject({ taskId: 'task-beta-earbuds-v1', status: 'adopted', staffReply: expect.stringContaining('磨砂') })
  })

  it('a member with no accepted invite has none; accepting one brings its task', () => {
    const backend = fixedBackend()
    expect(tasksOf(backend, 'active')).toEqual([])
    call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    const [survey] = tasksOf(backend, 'active')
    // A survey opens when the workshop ends, twelve days from now.
    expect(survey).toMatchObject({ kind: 'survey', status: 'upcoming' })
  })
})

describe('POST /cocreation/tasks/{id}/submissions', () => {
  it('takes feedback once, as one interaction titled with the task', () => {
    const backend = fixedBackend()
    const before = call(backend, 'GET /me/growth', { persona: 'cocreator' }).body.totals.interactions
    const res = submit(backend, 'cocreator', 'task-beta-kettle', { rating: 4, answers: { 'q-daily': '每天' }, text: '出水口会滴水' })
    expect(res.status).toBe(201)
    expect(validate('/cocreation/tasks/{id}/submissions', 'POST', res.status, res.body)).toEqual([])
    expect(res.body.submission).toMatchObject({ taskId: 'task-beta-kettle', rating: 4, status: 'submitted' })
    expect(call(backend, 'GET /me/growth', { persona: 'cocreator' }).body.totals.interactions).toBe(before + 1)
    const [latest] = call(backend, 'GET /me/growth/events', { persona: 'cocreator' }).body.events
    expect(latest).toMatchObject({ type: 'interaction', title: '共创 · 内测反馈 · 便携冷萃壶' })
    expect(taskOf(backend, 'cocreator', 'task-beta-kettle').status).toBe('submitted')

    const again = submit(backend, 'cocreator', 'task-beta-kettle', { rating: 5 })
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_SUBMITTED'])
    expect(call(backend, 'GET /me/growth', { persona: 'cocreator' }).body.totals.interactions).toBe(before + 1)
  })

  it('refuses before it opens (409 NOT_OPEN) and after it is due (410 CLOSED)', () => {
    const backend = fixedBackend()
    call(backend, 'POST /invites/inv-spring-workshop/response', { persona: 'active', body: { accept: true, slotId: 'sat-pm' } })
    const early = submit(backend, 'active', 'task-spring-workshop', { answers: { 'q-useful': '一般' } })
    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_OPEN'])

    const due = Date.parse(taskOf(backend, 'cocreator', 'task-beta-kettle').dueAt)
    call(backend, 'POST /mock/clock', { body: { now: new Date(due + 60_000).toISOString() } })
    expect(taskOf(backend, 'cocreator', 'task-beta-kettle').status).toBe('closed')
    const late = submit(backend, 'cocreator', 'task-beta-kettle', { rating: 3 })
    expect([late.status, late.body.error.code]).toEqual([410, 'CLOSED'])
  })

  it('rejects a bad rating, over-long text and unknown fields with 400', () => {
    const backend = fixedBackend()
    for (const body of [{ rating: 6 }, { rating: 2.5 }, { text: '字'.repeat(2001) }, { mood: 'ok' }, {}, { answers: { 'q-daily': '从不' } }]) {
      expect(submit(backend, 'cocreator', 'task-beta-kettle', body).status).toBe(400)
    }
    // 2,000 characters, counted as typed (an emoji is one), is allowed.
    expect(submit(backend, 'cocreator', 'task-beta-kettle', { rating: 5, text: '😀'.repeat(2000) }).status).toBe(201)
  })

  it('an attached image is kept as a reference (name, size), not its bytes', () => {
    const backend = fixedBackend(FIXED_NOW)
    const res = submit(backend, 'cocreator', 'task-beta-kettle', { rating: 5, attachment: { name: 'kettle.jpg', sizeBytes: 20480, mimeType: 'image/jpeg' } })
    expect(res.body.submission.attachment).toEqual({ name: 'kettle.jpg', sizeBytes: 20480, mimeType: 'image/jpeg' })
  })

  it('shows a vote tally only after voting, shared across members', () => {
    const backend = fixedBackend()
    for (const p of ['cocreator~1', 'cocreator~2']) call(backend, 'POST /invites/inv-community-vote/response', { persona: p, body: { accept: true } })
    expect(taskOf(backend, 'cocreator~1', 'task-community-vote').options?.[0].votes).toBeUndefined()
    expect(submit(backend, 'cocreator~1', 'task-community-vote', { optionId: 'opt-b' }).status).toBe(201)
    expect(submit(backend, 'cocreator~2', 'task-community-vote', { optionId: 'opt-b' }).status).toBe(201)
    const tasks = call(backend, 'GET /cocreation/tasks', { persona: 'cocreator~1' })
    expect(validate('/cocreation/tasks', 'GET', 200, tasks.body)).toEqual([])
    const options = taskOf(backend, 'cocreator~1', 'task-community-vote').options ?? []
    expect(options.map((o) => o.votes)).toEqual([12, 11, 4])
    expect(submit(backend, 'cocreator~1', 'task-community-vote', { optionId: 'opt-zzz' }).status).toBe(409)
  })
})

describe('POST /mock/cocreation/{taskId}/adopt', () => {
  it('marks the submission adopted with the reply, in the task and the record', () => {
    const backend = fixedBackend()
    submit(backend, 'cocreator', 'task-beta-kettle', { rating: 4 })
    const res = call(backend, 'POST /mock/cocreation/task-beta-kettle/adopt', { persona: 'cocreator', body: { reply: '出水口已改' } })
    expect(res.status).toBe(200)
    expect(validate('/mock/cocreation/{taskId}/adopt', 'POST', res.status, res.body)).toEqual([])
    expect(res.body).toMatchObject({ submitted: 2, adopted: 2 })
    expect(res.body.record[0]).toMatchObject({ taskId: 'task-beta-kettle', status: 'adopted', staffReply: '出水口已改' })
    expect(taskOf(backend, 'cocreator', 'task-beta-kettle').status).toBe('adopted')
    const none = call(backend, 'POST /mock/cocreation/task-community-vote/adopt', { persona: 'cocreator', body: { reply: 'x' } })
    expect([none.status, none.body.error.code]).toEqual([404, 'NO_SUBMISSION'])
    expect(call(backend, 'POST /mock/cocreation/task-beta-kettle/adopt', { persona: 'cocreator', body: {} }).status).toBe(400)
  })

  it('survives a snapshot round trip', () => {
    const backend = fixedBackend(FIXED_NOW + DAY)
    submit(backend, 'cocreator', 'task-beta-kettle', { rating: 4 })
    const copy = fixedBackend(FIXED_NOW + DAY)
    copy.restore(backend.serialize())
    expect(taskOf(copy, 'cocreator', 'task-beta-kettle').status).toBe('submitted')
  })
})

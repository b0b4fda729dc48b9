import { server } from '../node'
import { resetMockBackend } from '../handlers'
import { DAY_MS } from '../../src/domain'

/**
 * A member below 核心共创 who holds a workshop invite has the 共创研讨会席位 the invite gives:
 * GET /rights says so (unlockedBy: invite), through the same msw edge the app uses.
 */
const BASE = 'http://localhost/api/v1'
type RightBody = { id: string; unlocked: boolean; unlockedBy?: string; invite?: { id: string; title: string; status: string } }

async function api(path: string, persona: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': persona },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

async function seat(persona: string, id = 'r-workshop-seat'): Promise<RightBody> {
  const { body } = await api('/rights', persona)
  return (body.rights as RightBody[]).find((r) => r.id === id) as RightBody
}

describe('seat rights unlocked by an invite (GET /rights)', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => void resetMockBackend())
  afterAll(() => server.close())

  it('the engager with a pending workshop invite has the workshop seat, by invite, naming the invite', async () => {
    expect(await seat('active~1')).toMatchObject({
      unlocked: true,
      unlockedBy: 'invite',
      invite: { id: 'inv-spring-workshop', title: '春季新品共创研讨会', status: 'pending' },
    })
    // The invite is for a workshop, not a beta test: that seat stays locked.
    expect(await seat('active~1', 'r-beta-seat')).toEqual(expect.objectContaining({ unlocked: false }))
    expect(await seat('active~1', 'r-beta-seat')).not.toHaveProperty('unlockedBy')
  })

  it('an accepted invite keeps the seat and reports the new status', async () => {
    expect((await api('/invites/inv-spring-workshop/response', 'active~2', { accept: true, slotId: 'sat-pm' })).status).toBe(200)
    expect((await seat('active~2')).invite).toMatchObject({ status: 'accepted' })
  })

  it('a declined invite locks the seat again', async () => {
    expect((await api('/invites/inv-spring-workshop/response', 'active~3', { accept: false })).status).toBe(200)
    const right = await seat('active~3')
    expect(right.unlocked).toBe(false)
    expect(right).not.toHaveProperty('invite')
  })

  it('an invite left unanswered past its deadline locks the seat again', async () => {
    const invites = (await api('/invites', 'active~4')).body.invites as { id: string; respondBy: string }[]
    // The backend clock keeps running, so a minute either side of the deadline.
    const respondBy = Date.parse(invites.find((i) => i.id === 'inv-spring-workshop')?.respondBy ?? '')
    await api('/mock/clock', 'active~4', { now: new Date(respondBy - 60_000).toISOString() })
    expect((await seat('active~4')).unlocked).toBe(true)
    await api('/mock/clock', 'active~4', { now: new Date(respondBy + 60_000).toISOString() })
    expect((await seat('active~4')).unlocked).toBe(false)
  })

  it('claiming an invite-held seat is refused as not claimable (seats go through the invite), not as locked', async () => {
    expect(((await api('/rights/r-workshop-seat/claim', 'active~6', {})).body.error as { code: string }).code).toBe('NOT_CLAIMABLE')
    expect(((await api('/rights/r-workshop-seat/claim', 'first-buyer~6', {})).body.error as { code: string }).code).toBe('LEVEL_TOO_LOW')
  })

  it('the co-creator has the seat by level; a member without an invite has it locked', async () => {
    expect(await seat('cocreator~1')).toMatchObject({ unlocked: true, unlockedBy: 'level' })
    expect(await seat('at-risk~1')).toMatchObject({ unlocked: false })
    expect(await seat('first-buyer~1')).toMatchObject({ unlocked: false })
  })

  it('an accepted seat is held until the activity ends, then locked', async () => {
    await api('/invites/inv-spring-workshop/response', 'active~5', { accept: true, slotId: 'sun-am' })
    await api('/mock/clock', 'active~5', { now: new Date(Date.now() + 60 * DAY_MS).toISOString() })
    expect((await seat('active~5')).unlocked).toBe(false)
  })
})

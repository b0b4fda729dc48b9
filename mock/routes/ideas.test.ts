import { call, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
const interactions = (b: Backend, persona = 'active') => call(b, 'GET /me/growth', { persona }).body.totals.interactions
const give = (b: Backend, persona = 'active', body: unknown = { title: '冷萃出小瓶装', text: '250ml 的小瓶更适合通勤路上喝完' }) => call(b, 'POST /ideas', { persona, body })

describe('ideas (提个想法)', () => {
  it('an idea is 已收到, then 评估中 and 已采纳 with a reply; adoption counts one interaction once', () => {
    const b = fixedBackend()
    const before = interactions(b)
    const created = give(b)
    expect(created).toMatchObject({ status: 201, body: { idea: { status: 'received', title: '冷萃出小瓶装' } } })
    expect(validate('/ideas', 'POST', 201, created.body)).toEqual([])
    const id = created.body.idea.id
    expect(call(b, `POST /mock/ideas/${id}/review`, { body: { status: 'reviewing' } }).body.idea.status).toBe('reviewing')
    const adopted = call(b, `POST /mock/ideas/${id}/review`, { body: { status: 'adopted', reply: '下一季上新' } })
    expect(validate('/mock/ideas/{id}/review', 'POST', 200, adopted.body)).toEqual([])
    call(b, `POST /mock/ideas/${id}/review`, { body: { status: 'adopted' } })
    expect(interactions(b)).toBe(before + 1)
    const list = call(b, 'GET /ideas')
    expect(validate('/ideas', 'GET', 200, list.body)).toEqual([])
    expect(list.body.ideas[0]).toMatchObject({ id, status: 'adopted', reply: '下一季上新', adoptedAt: expect.any(String) })
    expect(list.body.ideas[0].celebratedAt).toBeUndefined()
    expect(call(b, `POST /ideas/${id}/celebrated`).body.idea.celebratedAt).toEqual(expect.any(String))
  })

  it('refuses a member below 初步体验, bad input, odd ids, and celebrating what was not adopted', () => {
    const b = fixedBackend()
    expect(give(b, 'newcomer')).toMatchObject({ status: 403, body: { error: { code: 'LEVEL_TOO_LOW' } } })
    expect(give(b, 'active', { title: '', text: 'x' }).status).toBe(400)
    expect(give(b, 'active', { title: 't', text: 'x', extra: 1 }).status).toBe(400)
    expect(give(b, 'active', []).status).toBe(400)
    expect(call(b, 'POST /mock/ideas/__proto__/review', { body: { status: 'adopted' } }).status).toBe(404)
    expect(call(b, 'POST /mock/ideas/toString/review', { body: { status: 'adopted' } }).status).toBe(404)
    const id = give(b).body.idea.id
    expect(call(b, `POST /ideas/${id}/celebrated`)).toMatchObject({ status: 409, body: { error: { code: 'NOT_ADOPTED' } } })
    expect(call(b, `POST /mock/ideas/${id}/review`, { body: { status: 'maybe' } }).status).toBe(400)
  })
})

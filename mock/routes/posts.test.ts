import { call, fixedBackend } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
const TEXT = '新款燕麦拿铁很顺滑，不加糖也好喝，推荐给大家'
const totals = (b: Backend, persona = 'active') => call(b, 'GET /me/growth', { persona }).body.totals
const post = (b: Backend, persona = 'active', body: unknown = { kind: 'review', text: TEXT, imageRefs: ['img:1.jpg'], productTag: '燕麦拿铁' }) =>
  call(b, 'POST /posts', { persona, body })
const reviewPost = (b: Backend, id: string, body: unknown) => call(b, `POST /mock/posts/${id}/review`, { body })

describe('posts (优质分享)', () => {
  it('a post starts 审核中; approval earns one interaction, featuring one share and the reward coupon, each once', () => {
    const b = fixedBackend()
    const before = totals(b)
    const created = post(b)
    expect(created.status).toBe(201)
    expect(created.body.post).toMatchObject({ status: 'pending', kind: 'review', productTag: '燕麦拿铁', byMe: true })
    expect(validate('/posts', 'POST', 201, created.body)).toEqual([])
    const id = created.body.post.id

    const approved = reviewPost(b, id, { status: 'approved' })
    expect(approved.status).toBe(200)
    expect(validate('/mock/posts/{id}/review', 'POST', 200, approved.body)).toEqual([])
    expect(totals(b)).toMatchObject({ interactions: before.interactions + 1, shares: before.shares })

    const coupons = () => call(b, 'GET /coupons?status=available').body.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-share-reward')
    expect(reviewPost(b, id, { status: 'featured', reply: '写得真好' }).body.post).toMatchObject({ status: 'featured', reply: '写得真好' })
    expect(totals(b)).toMatchObject({ interactions: before.interactions + 1, shares: before.shares + 1 })
    expect(coupons()).toHaveLength(1)
    reviewPost(b, id, { status: 'featured' })
    expect(totals(b)).toMatchObject({ interactions: before.interactions + 1, shares: before.shares + 1 })
    expect(coupons()).toHaveLength(1)

    const mine = call(b, 'GET /posts?scope=mine')
    expect(validate('/posts', 'GET', 200, mine.body)).toEqual([])
    expect(mine.body.posts[0]).toMatchObject({ id, status: 'featured' })
    const featured = call(b, 'GET /posts?scope=featured', { persona: 'first-buyer' }).body.posts
    expect(featured.map((p: { id: string }) => p.id)).toContain(id)
    expect(featured.find((p: { id: string }) => p.id === id)).toMatchObject({ byMe: false, authorMasked: expect.stringMatching(/\*\*$/) })
  })

  it('featuring straight away earns both the interaction and the share', () => {
    const b = fixedBackend()
    const before = totals(b)
    reviewPost(b, post(b).body.post.id, { status: 'featured' })
    expect(totals(b)).toMatchObject({ interactions: before.interactions + 1, shares: before.shares + 1 })
  })

  it('a rejection carries its reason and earns nothing', () => {
    const b = fixedBackend()
    const before = totals(b)
    const id = post(b).body.post.id
    expect(reviewPost(b, id, { status: 'rejected' }).status).toBe(400)
    expect(reviewPost(b, id, { status: 'rejected', reason: '图片与商品无关' }).body.post).toMatchObject({ status: 'rejected', reason: '图片与商品无关' })
    expect(totals(b)).toEqual(before)
  })

  it('refuses a member below 初步体验, short or oversized text, too many images, odd ids and bodies', () => {
    const b = fixedBackend()
    const low = post(b, 'newcomer')
    expect(low).toMatchObject({ status: 403, body: { error: { code: 'LEVEL_TOO_LOW' } } })
    expect(validate('/posts', 'POST', 403, low.body)).toEqual([])
    expect(post(b, 'active', { kind: 'review', text: '短' }).status).toBe(400)
    expect(post(b, 'active', { kind: 'review', text: TEXT, imageRefs: Array(10).fill('img') }).status).toBe(400)
    expect(post(b, 'active', { kind: 'essay', text: TEXT }).status).toBe(400)
    expect(post(b, 'active', '"__proto__"').status).toBe(400)
    expect(reviewPost(b, '__proto__', { status: 'approved' })).toMatchObject({ status: 404 })
    expect(reviewPost(b, 'constructor', { status: 'approved' })).toMatchObject({ status: 404 })
    expect(call(b, 'GET /posts?scope=all').status).toBe(400)
  })

  it('the home has featured posts by others from the start', () => {
    const res = call(fixedBackend(), 'GET /posts?scope=featured', { persona: 'newcomer' })
    expect(res.body.posts.length).toBeGreaterThanOrEqual(3)
    expect(res.body.posts.every((p: { status: string; byMe: boolean }) => p.status === 'featured' && !p.byMe)).toBe(true)
  })
})

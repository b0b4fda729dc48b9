import { toIso } from '../../src/domain'
import { earlyBirdItems, FAQ_ITEMS, GUIDE } from '../seeds/content'
import { badRequest, HttpError } from './errors'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route } from './types'

const MAX_QUESTION = 500

export const contentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/content/:slug',
    handle: (ctx) => {
      const member = ctx.member()
      const updatedAt = '2026-11-01T02:00:00.000Z'
      switch (ctx.params.slug) {
        case 'getting-started':
          return ok({ content: { ...GUIDE, updatedAt } })
        case 'faq':
          return ok({
            content: { slug: 'faq', kind: 'faq', title: '有问必答', updatedAt, items: FAQ_ITEMS, myQuestions: [...(member.faqQuestions ?? [])].reverse() },
          })
        case 'early-bird':
          return ok({
            content: { slug: 'early-bird', kind: 'early-bird', title: '新品早鸟', updatedAt: toIso(ctx.backend.now()), items: earlyBirdItems(ctx.backend.now(), member.held.levelCode) },
          })
        default:
          throw new HttpError(404, 'NOT_FOUND', '没有这篇内容')
      }
    },
  },
  {
    method: 'POST',
    pattern: '/content/faq/questions',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['question'])
      const question = typeof body.question === 'string' ? body.question.trim() : ''
      if (question.length < 2 || question.length > MAX_QUESTION) throw badRequest(`问题请写 2 到 ${MAX_QUESTION} 个字`)
      const member = ctx.member()
      const list = (member.faqQuestions ??= [])
      const asked = { id: `fq-${list.length + 1}`, question, askedAt: toIso(ctx.backend.now()) }
      list.push(asked)
      return ok({ question: asked }, 201)
    },
  },
]

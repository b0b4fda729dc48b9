import { levelByCode, toIso } from '../../src/domain'
import { adoptionDue, checkIdeaInput, IDEA_ADOPTED_TITLE, IDEA_STATUSES } from '../../src/domain/ideas'
import type { Backend } from '../db/backend'
import { storedMemberKey } from '../db/member-key'
import { appendEvents, type MemberState, type StoredIdea } from '../db/member-state'
import { notMember } from './caller'
import { badRequest, HttpError } from './errors'
import { own } from './own'
import { readEnum, readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/** Ideas live with their member; this shared index finds an idea's member for the staff's review. */
interface IdeasShared {
  owners: Record<string, string>
  nextSeq: number
}

function ideasShared(backend: Backend): IdeasShared {
  const slot = backend.shared.extra.ideas as IdeasShared | undefined
  if (slot && typeof slot.owners === 'object' && slot.owners !== null) return slot
  const value: IdeasShared = { owners: {}, nextSeq: 1 }
  backend.shared.extra.ideas = value
  return value
}

function joinedMember(ctx: RouteContext): MemberState {
  const member = ctx.member()
  if (member.notJoined) throw notMember()
  return member
}

const ideaBody = ({ credited: _c, ...idea }: StoredIdea) => ({ ...idea, imageRefs: [...idea.imageRefs] })

function findIdea(member: MemberState, id: string): StoredIdea {
  const idea = (member.ideas ?? []).find((i) => i.id === id)
  if (!idea) throw new HttpError(404, 'IDEA_NOT_FOUND', '没有这条想法')
  return idea
}

function create(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['title', 'text', 'imageRefs'])
  const problem = checkIdeaInput({ title: body.title, text: body.text, imageRefs: body.imageRefs })
  if (problem) throw badRequest(problem)
  const member = joinedMember(ctx)
  if (levelByCode(member.held.levelCode).rank < levelByCode('experiencer').rank) {
    throw new HttpError(403, 'LEVEL_TOO_LOW', '完成首次消费、成为「初步体验」会员后即可提想法')
  }
  const state = ideasShared(ctx.backend)
  const now = toIso(ctx.backend.now())
  const idea: StoredIdea = {
    id: `idea-${String(state.nextSeq++).padStart(6, '0')}`,
    title: (body.title as string).trim(),
    text: (body.text as string).trim(),
    imageRefs: [...((body.imageRefs as string[] | undefined) ?? [])],
    status: 'received',
    createdAt: now,
    updatedAt: now,
    credited: false,
  }
  member.ideas = [...(member.ideas ?? []), idea]
  state.owners[idea.id] = member.key
  return ok({ idea: ideaBody(idea) }, 201)
}

/** The home says 已采纳 once: it tells the backend when it has. */
function celebrated(ctx: RouteContext) {
  rejectUnknownFields(readObjectBody(ctx.req.body, true), [])
  const idea = findIdea(joinedMember(ctx), ctx.params.id)
  if (idea.status !== 'adopted') throw new HttpError(409, 'NOT_ADOPTED', '这条想法还没有被采纳')
  idea.celebratedAt ??= toIso(ctx.backend.now())
  return ok({ idea: ideaBody(idea) })
}

/** What the brand's staff do (fake backend only): move an idea on, with a reply. */
function review(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['status', 'reason', 'reply'])
  const status = readEnum(body, 'status', IDEA_STATUSES)
  const reply = body.reply ?? body.reason
  if (reply !== undefined && (typeof reply !== 'string' || reply.trim() === '' || reply.length > 500)) throw badRequest('reply 必须是 1 到 500 字')
  const ownerKey = own(ideasShared(ctx.backend).owners, ctx.params.id)
  const key = ownerKey ? storedMemberKey(ownerKey) : null
  if (!key) throw new HttpError(404, 'IDEA_NOT_FOUND', '没有这条想法')
  const member = ctx.backend.member(key)
  const idea = findIdea(member, ctx.params.id)
  const now = toIso(ctx.backend.now())
  if (adoptionDue(idea.credited, status)) {
    appendEvents(member, [{ type: 'interaction', title: `${IDEA_ADOPTED_TITLE} · ${idea.title}`, occurredAt: now }])
    ctx.backend.refreshHeld(member)
    idea.credited = true
    idea.adoptedAt = now
  }
  idea.status = status
  idea.updatedAt = now
  if (typeof reply === 'string') idea.reply = reply.trim()
  return ok({ idea: ideaBody(idea) })
}

/** Adopted ideas of a member (已享权益, the journey). */
export const adoptedIdeas = (member: MemberState) => (member.ideas ?? []).filter((i) => i.adoptedAt)

export const ideaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ideas',
    handle: (ctx) => ok({ ideas: [...(joinedMember(ctx).ideas ?? [])].reverse().map(ideaBody) }),
  },
  { method: 'POST', pattern: '/ideas', handle: create },
  { method: 'POST', pattern: '/ideas/:id/celebrated', handle: celebrated },
]

export const ideaReviewRoutes: Route[] = [{ method: 'POST', pattern: '/mock/ideas/:id/review', handle: review }]

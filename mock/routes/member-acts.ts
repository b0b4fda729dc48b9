import { own } from '../db/dict'
import { countChars, TEXT_MAX_CHARS } from '../../src/domain/cocreation'
import { toIso } from '../../src/domain/time'
import { appendEvents } from '../db/member-state'
import { cocreationOf, recordBody } from './cocreation'
import { badRequest, HttpError } from './errors'
import { currentInviteStatus, inviteBody, recordOf } from './invites'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/**
 * Mock control acting on one member as staff would, for testers (the tester console's 共创
 * section, HTTP): a submission adopted, an activity attended. Tool routes, like `/mock/*` control.
 */

/** Staff adopt the member's submission to a task, with a reply. */
function adopt(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['reply'])
  if (typeof body.reply !== 'string' || body.reply.trim() === '' || countChars(body.reply) > TEXT_MAX_CHARS) {
    throw badRequest('需要字段 reply（工作人员的回复）')
  }
  const member = ctx.member()
  const submission = own(cocreationOf(member).submissions, ctx.params.taskId)
  if (!submission) throw new HttpError(404, 'NO_SUBMISSION', '这位会员还没有提交这项任务')
  submission.status = 'adopted'
  submission.staffReply = body.reply.trim()
  submission.adoptedAt = toIso(ctx.backend.now())
  return ok(recordBody(ctx.backend, member))
}

/** The member checked in at the activity; attendance credits one interaction. */
function attend(ctx: RouteContext) {
  const { backend } = ctx
  const member = ctx.member()
  const record = recordOf(member, ctx.params.id)
  // 'level_up' for a level-up invitation, which is personal and never attended.
  if (currentInviteStatus(backend, member, record) !== 'accepted') {
    throw new HttpError(409, 'NOT_ACCEPTED', '只有已确认参加的活动可以签到')
  }
  if (record.attendedAt) throw new HttpError(409, 'ALREADY_ATTENDED', '已签到过，成长记录不会重复计入')
  const occurredAt = toIso(backend.now())
  record.attendedAt = occurredAt
  appendEvents(member, [{ type: 'interaction', title: `参加共创活动 · ${record.title}`, occurredAt }])
  backend.refreshHeld(member)
  return ok({ invite: inviteBody(backend, member, record) })
}

export const memberActRoutes: Route[] = [
  { method: 'POST', pattern: '/mock/cocreation/:taskId/adopt', handle: adopt },
  { method: 'POST', pattern: '/mock/invites/:id/attend', handle: attend },
]

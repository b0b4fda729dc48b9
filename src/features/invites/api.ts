import { request } from '@/services/request'
import { InviteResponse, InvitesResponse } from '@/services/schemas/invites'

export const fetchInvites = () => request({ path: '/invites', schema: InvitesResponse }).then((r) => r.invites)

export const answerInvite = (id: string, accept: boolean, slotId?: string) =>
  request({
    method: 'POST',
    path: `/invites/${encodeURIComponent(id)}/response`,
    body: slotId ? { accept, slotId } : { accept },
    schema: InviteResponse,
  }).then((r) => r.invite)

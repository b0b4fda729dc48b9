import { request } from '@/services/request'
import { MeResponse } from '@/services/schemas/growth'
import { RightClaimed, RightsResponse } from '@/services/schemas/rights'

export const fetchRights = () => request({ path: '/rights', schema: RightsResponse }).then((r) => r.rights)
export const fetchMyLevel = () => request({ path: '/me', schema: MeResponse }).then((r) => r.member.levelCode)
export const postClaim = (id: string) =>
  request({ method: 'POST', path: `/rights/${encodeURIComponent(id)}/claim`, body: {}, schema: RightClaimed })

import * as v from 'valibot'
import { request } from '@/services/request'

/**
 * Contract part 3, Trust: the member's own data (GET /me/export) and leaving (POST /me/deletion).
 * The export is handed to the member as it came, so its schema checks only the contract's keys.
 */
const List = v.array(v.unknown())
export const ExportSchema = v.looseObject({
  exportedAt: v.string(),
  member: v.looseObject({ id: v.string(), nickname: v.string() }),
  growthEvents: List,
  coupons: List,
  rights: List,
  invites: List,
  checkIns: List,
  shares: List,
  cocreation: v.unknown(),
  messages: List,
})
export type MemberExport = v.InferOutput<typeof ExportSchema>

const DeletionResponse = v.object({ deletion: v.object({ requestedAt: v.string(), effectiveAt: v.string() }) })
export type Deletion = v.InferOutput<typeof DeletionResponse>['deletion']

export const DELETION_CONFIRM_WORD = '注销'

export const fetchExport = () => request({ path: '/me/export', schema: ExportSchema })
export const requestDeletion = (smsCode?: string) =>
  request({ method: 'POST', path: '/me/deletion', body: { confirm: DELETION_CONFIRM_WORD, ...(smsCode ? { smsCode } : {}) }, schema: DeletionResponse }).then(
    (r) => r.deletion,
  )

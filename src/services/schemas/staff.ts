import * as v from 'valibot'
import { Instant } from './common'

/** POST /auth/staff: a clerk's token for one store. */
export const StaffSessionResponse = v.object({
  token: v.pipe(v.string(), v.minLength(1)),
  storeId: v.pipe(v.string(), v.minLength(1)),
  expiresAt: Instant,
})
export type StaffSessionDto = v.InferOutput<typeof StaffSessionResponse>

import * as v from 'valibot'
import { serverNow } from '@/services/clock'
import { parseInstant } from '@/domain/time'
import { StaffSessionResponse, type StaffSessionDto } from '@/services/schemas/staff'
import { readStored, removeStored, writeStored } from '@/services/storage'

const KEY = 'store-counter.staff'
const VERSION = 1
const isSession = (d: unknown): d is StaffSessionDto => v.is(StaffSessionResponse, d)

/**
 * The clerk's saved session if it has not expired on the server's clock: kept in storage so a
 * reload of the till does not sign them out mid-shift; expired sessions are dropped on read.
 */
export function readSession(): StaffSessionDto | null {
  const saved = readStored(KEY, VERSION, isSession)
  if (!saved) return null
  if (!(parseInstant(saved.expiresAt) > serverNow())) {
    removeStored(KEY)
    return null
  }
  return saved
}

export const saveSession = (session: StaffSessionDto) => writeStored(KEY, VERSION, session)
export const forgetSession = () => removeStored(KEY)

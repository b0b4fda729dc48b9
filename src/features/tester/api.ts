import * as v from 'valibot'
import { request } from '@/services/request'
import { RecordSchema, TasksResponse } from '@/services/schemas/cocreation'

/** The fake backend's control endpoints (mock builds only; see mock/README.md). */
const PersonasResponse = v.object({
  personas: v.array(v.object({ id: v.string(), description: v.string() })),
})
const ClockState = v.object({ now: v.string(), offsetMs: v.number(), realTime: v.boolean() })
const ResetResponse = v.object({ reset: v.string() })
const Anything = v.unknown()

export type PersonaInfo = v.InferOutput<typeof PersonasResponse>['personas'][number]
export type ClockInfo = v.InferOutput<typeof ClockState>
export type GrowthEventInput = { type: 'purchase'; amountFen: number } | { type: 'interaction' | 'share'; count?: number }

export const fetchPersonas = () => request({ path: '/mock/personas', schema: PersonasResponse }).then((r) => r.personas)
export const fetchClock = () => request({ path: '/mock/clock', schema: ClockState })
export const setClock = (now: string | null) => request({ method: 'POST', path: '/mock/clock', body: { now }, schema: ClockState })
export const postGrowthEvent = (event: GrowthEventInput) =>
  request({ method: 'POST', path: '/mock/events', body: event, schema: Anything })
export const resetBackend = (scope: 'member' | 'all') =>
  request({ method: 'POST', path: '/mock/reset', body: { scope }, schema: ResetResponse })

/** Co-creation: staff adopting a submission, and where tasks' deadlines are (to move the clock past one). */
export const fetchCocreationRecord = () => request({ path: '/me/cocreation', schema: RecordSchema })
export const fetchCocreationTasks = () => request({ path: '/cocreation/tasks', schema: TasksResponse }).then((r) => r.tasks)
export const adoptSubmission = (taskId: string, reply: string) =>
  request({ method: 'POST', path: `/mock/cocreation/${encodeURIComponent(taskId)}/adopt`, body: { reply }, schema: Anything })
const StateCode = v.object({ code: v.string(), memberId: v.string(), now: v.string(), length: v.number() })
const StateImported = v.object({ memberId: v.string(), clock: ClockState })
export type StateCodeInfo = v.InferOutput<typeof StateCode>

/** The current persona's 复现码, and importing one (into the member it came from). */
export const exportState = () => request({ path: '/mock/state', schema: StateCode })
export const importState = (code: string) => request({ method: 'POST', path: '/mock/state', body: { code }, schema: StateImported })

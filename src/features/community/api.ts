import { request } from '@/services/request'
import { CommunityEventsResponse, RegistrationResponse } from '@/services/schemas/community'

export const fetchEvents = () => request({ path: '/community/events', schema: CommunityEventsResponse }).then((r) => r.events)

/** One Idempotency-Key per tap (request() keeps it while the outcome is unknown): a retry never signs up twice. */
export const signUp = (id: string) =>
  request({ method: 'POST', path: `/community/events/${encodeURIComponent(id)}/registrations`, body: {}, schema: RegistrationResponse })

export const cancelSignUp = (id: string) =>
  request({ method: 'POST', path: `/community/events/${encodeURIComponent(id)}/registrations/cancel`, body: {}, schema: RegistrationResponse })

import { request } from '@/services/request'
import { JourneyResponse, PendingRatingsResponse, RatingResponse } from '@/services/schemas/journeys'

export const fetchJourney = () => request({ path: '/me/journey', schema: JourneyResponse }).then((r) => r.milestones)
export const fetchPendingRatings = () => request({ path: '/me/ratings/pending', schema: PendingRatingsResponse }).then((r) => r.subjects)
export const rate = (subject: { kind: string; id: string }, score: number) =>
  request({ method: 'POST', path: '/me/ratings', body: { subject, score }, schema: RatingResponse })

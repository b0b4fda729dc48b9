import { request } from '@/services/request'
import { GrowthEventsResponse, GrowthSchema, LevelsResponse, MeResponse } from '@/services/schemas/growth'

export const fetchLevels = () => request({ path: '/levels', schema: LevelsResponse }).then((r) => r.levels)
export const fetchMe = () => request({ path: '/me', schema: MeResponse }).then((r) => r.member)
export const fetchGrowth = () => request({ path: '/me/growth', schema: GrowthSchema })
export const fetchGrowthEvents = (cursor?: string | null, limit = 20) =>
  request({ path: '/me/growth/events', query: { cursor, limit }, schema: GrowthEventsResponse })

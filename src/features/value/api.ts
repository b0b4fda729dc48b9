import { request } from '@/services/request'
import { LevelGiftClaimResponse, LevelGiftsResponse, ValueResponse } from '@/services/schemas/journeys'

export const fetchValue = (year: number) => request({ path: `/me/value?year=${year}`, schema: ValueResponse })
export const fetchLevelGifts = () => request({ path: '/me/level-gifts', schema: LevelGiftsResponse }).then((r) => r.gifts)
export const claimLevelGift = (levelCode: string) =>
  request({ method: 'POST', path: `/me/level-gifts/${encodeURIComponent(levelCode)}/claim`, body: {}, schema: LevelGiftClaimResponse })

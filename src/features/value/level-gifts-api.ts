import { request } from '@/services/request'
import { LevelGiftClaimResponse, LevelGiftsResponse } from '@/services/schemas/level-gifts'

// Apart from the 已享权益 call: the rights tab and the home (main package) load only these.
export const fetchLevelGifts = () => request({ path: '/me/level-gifts', schema: LevelGiftsResponse }).then((r) => r.gifts)
export const claimLevelGift = (levelCode: string) =>
  request({ method: 'POST', path: `/me/level-gifts/${encodeURIComponent(levelCode)}/claim`, body: {}, schema: LevelGiftClaimResponse })

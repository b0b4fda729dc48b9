import { SHARE_TARGET_KINDS, type ShareTargetKind } from '@/domain/earning'
import type { ShareTarget } from './share'

/**
 * 生成海报 opens its own page (a subpackage: the QR encoder and the poster stay out of the
 * main package). The page is told what to share in its query; its title comes from the kind,
 * so a crafted link cannot print arbitrary words on a member's poster.
 */
export const SHARE_POSTER_PAGE = '/pages/share-poster/index'

const POSTER_TITLES: Record<ShareTargetKind, string> = {
  home: '一起加入会员圈',
  programme: '一起加入会员圈',
  invite: '邀你一起参加共创活动',
  'coupon-template': '会员领券中心，好券一起领',
  right: '会员权益，一起来享',
}

export const sharePosterUrl = (target: ShareTarget) =>
  `${SHARE_POSTER_PAGE}?kind=${target.kind}${target.id ? `&id=${encodeURIComponent(target.id)}` : ''}`

/** The poster's target and title from the page query; an unknown or missing kind shares the home. */
export function posterOf(params: Record<string, string | undefined>): { target: ShareTarget; title: string } {
  const kind = (SHARE_TARGET_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as ShareTargetKind) : 'home'
  const id = params.id
  return { target: { kind, ...(id ? { id } : {}) }, title: POSTER_TITLES[kind] }
}

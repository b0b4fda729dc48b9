import { useEffect, useRef } from 'react'
import { copyText, enableShareTimeline } from '@/platform'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { SHARE_TARGET_KINDS, type ShareTargetKind } from '@/domain/earning'
import { memberScope } from '@/services/member-storage'
import { createShare, visitShare } from './api'

/** Spelled out: Taro's babel plugin rewrites its hook imports, so a `typeof` of one breaks the build. */
interface ShareAppMessage {
  title: string
  path: string
}

export interface ShareTarget {
  kind: ShareTargetKind
  id?: string
}

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The H5 address of an in-app path (hash router): what a friend opens from a copied link. */
export function h5UrlOf(path: string): string {
  if (typeof location === 'undefined') return path
  return `${location.origin}${location.pathname}#${path}`
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/**
 * H5: a tracked link through the Web Share API where the browser has it, else copied to the
 * clipboard. (The weapp shares through the page's 转发 menu and `openType='share'` buttons,
 * see useShareMenu.)
 */
export async function shareOnH5(target: ShareTarget, title: string): Promise<{ outcome: ShareOutcome; url: string }> {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { share?: (d: ShareData) => Promise<void> })
  const channel = nav?.share ? 'chat' : 'link'
  const share = await createShare(target, channel)
  const url = h5UrlOf(share.path)
  if (nav?.share) {
    try {
      await nav.share({ title, url })
      return { outcome: 'shared', url }
    } catch {
      return { outcome: 'cancelled', url }
    }
  }
  return { outcome: (await copyText(url)).ok ? 'copied' : 'failed', url }
}

/**
 * A `share` button names its own target in its dataset (a claim-centre card shares one template);
 * the 转发 menu and buttons without one share the page's target.
 */
export function shareTargetOf(res: { from?: string; target?: unknown } | undefined, pageTarget: ShareTarget): ShareTarget {
  const dataset = (res?.target as { dataset?: { shareKind?: unknown; shareId?: unknown } } | undefined)?.dataset
  const kind = dataset?.shareKind
  if (res?.from !== 'button' || typeof kind !== 'string' || !(SHARE_TARGET_KINDS as readonly string[]).includes(kind)) return pageTarget
  const id = dataset?.shareId
  return { kind: kind as ShareTargetKind, ...(typeof id === 'string' && id ? { id } : {}) }
}

/**
 * Weapp: turns on 转发 and 朋友圈 for the page, each share through POST /shares so the link
 * carries its own share id. The chat share waits for its id (`promise`, base library 2.12+);
 * the Moments share needs an answer at once, so one link is made ready when the page opens.
 */
export function useShareMenu(target: ShareTarget, title: string): void {
  const timelineQuery = useRef('')
  const { kind, id } = target
  useEffect(() => {
    if (!IS_WEAPP) return
    void enableShareTimeline()
    createShare({ kind, ...(id ? { id } : {}) }, 'timeline')
      .then((s) => (timelineQuery.current = s.path.split('?')[1] ?? ''))
      .catch(() => undefined)
  }, [kind, id])
  useShareAppMessage((res) => {
    const fallback = '/pages/home/index'
    const shared = shareTargetOf(res, target)
    return {
      title,
      path: fallback,
      promise: createShare(shared, 'chat').then((s) => ({ title, path: s.path })),
    } as ShareAppMessage
  })
  useShareTimeline(() => ({ title, query: timelineQuery.current }))
}

const visited = new Set<string>()

/**
 * Opening a shared path (page query `shareId`) posts the visit once per share on this device
 * run, for members and visitors alike; the backend decides whether it credits the sharer.
 */
export function useShareVisit(): void {
  const shareId = useRouter().params.shareId
  useEffect(() => {
    if (!shareId) return
    // Per member: the next person signed in on this phone posts their own visit.
    const key = `${memberScope() ?? ''} ${shareId}`
    if (visited.has(key)) return
    visited.add(key)
    visitShare(shareId).catch(() => visited.delete(key))
  }, [shareId])
}

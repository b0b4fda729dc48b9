import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useShallow } from 'zustand/react/shallow'
import { takeLaunchPrefetch } from './launch-prefetch'
import { useMembershipStore } from './membership-store'

/**
 * What a screen built on the member's data needs: its state, loaded each time the page shows and
 * again on pull-to-refresh (the page config must enable pull-down for that to fire).
 */
export function useMembershipOnShow() {
  const state = useMembershipStore(
    useShallow((s) => ({
      status: s.status,
      snapshot: s.snapshot,
      stale: s.stale,
      error: s.error,
      refreshing: s.refreshing,
      failed: s.failed,
      retrying: s.retrying,
      load: s.load,
      retry: s.retry,
    })),
  )
  const { load } = state
  // The first show after launch joins the app's launch prefetch (in flight or just answered).
  useDidShow(() => {
    if (!takeLaunchPrefetch()) void load()
  })
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  return state
}

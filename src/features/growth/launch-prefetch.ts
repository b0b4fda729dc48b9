import { useMembershipStore } from './membership-store'

// The pages whose first screen is the member's data (level, progress, profile).
const NEEDS_MEMBERSHIP = /^(pages\/(home|growth|profile)\/index)?$/

// A launch answer stands in for the first page's own load only while it is this fresh.
const LAUNCH_ANSWER_FRESH_MS = 10_000
let launchLoadAt: number | null = null

/**
 * Called as the app starts: when the first page shows the member's data, its requests leave now,
 * while that page's code still downloads and runs (on a slow phone, hundreds of milliseconds
 * sooner). A deep link elsewhere asks nothing.
 */
export function prefetchMembershipAtLaunch(route: string): void {
  if (!NEEDS_MEMBERSHIP.test(route.replace(/^\//, ''))) return
  launchLoadAt = Date.now()
  void useMembershipStore.getState().load()
}

/**
 * True once, within seconds of a launch prefetch: the first page to show uses that answer instead
 * of asking again (a page shown later loads as usual).
 */
export function takeLaunchPrefetch(): boolean {
  const taken = launchLoadAt !== null && Date.now() - launchLoadAt < LAUNCH_ANSWER_FRESH_MS
  launchLoadAt = null
  return taken
}

import { getScreenBrightness, keepScreenOn, protectFromCapture, setScreenBrightness } from '@/platform'

// Every mini-program build (WeChat, Alipay, Douyin) has these APIs; H5 has none.
const IS_MINI_PROGRAM = process.env.TARO_ENV !== 'h5'
let saved: number | null = null
/** Bumped by every hold and release: a hold that is no longer the latest call must not apply. */
let generation = 0
/**
 * Holds and releases run one after another. Opening a code and backing out at once used to let
 * the hold's `getScreenBrightness` answer after the release had run, so the hold then raised the
 * brightness with nobody left to restore it. In order, the last call wins: a release queued
 * behind a hold restores what that hold raised, and a hold whose release is already queued
 * does nothing.
 */
let queue: Promise<void> = Promise.resolve()

function enqueue(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task, task)
  queue = run.catch(() => undefined)
  return run
}

/**
 * While a code is on screen (mini-programs only; H5 has no such API): full brightness, screen kept on,
 * the code hidden from screenshots and recordings where the platform allows. `release`
 * restores the brightness the member had.
 */
export function holdScreenForCode(): Promise<void> {
  if (!IS_MINI_PROGRAM) return Promise.resolve()
  const mine = ++generation
  return enqueue(async () => {
    if (mine !== generation) return // released (or held again) before this hold got its turn
    // Brightness is a comfort, not a requirement: an unsupported or failed call changes nothing.
    if (saved === null) {
      const read = await getScreenBrightness()
      if (read.ok) saved = read.value ?? null
    }
    if (saved !== null) await setScreenBrightness(1)
    void keepScreenOn(true)
    void protectFromCapture(true)
  })
}

export function releaseScreen(): Promise<void> {
  if (!IS_MINI_PROGRAM) return Promise.resolve()
  generation += 1
  return enqueue(async () => {
    const value = saved
    saved = null
    if (value !== null) await setScreenBrightness(value)
    void keepScreenOn(false)
    void protectFromCapture(false)
  })
}

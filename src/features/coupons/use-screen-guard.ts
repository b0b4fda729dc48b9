import Taro from '@tarojs/taro'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
let saved: number | null = null

/**
 * While a code is on screen (weapp only; H5 has no such API): full brightness, screen kept on,
 * the code hidden from screenshots and recordings where the platform allows. `release`
 * restores the brightness the member had.
 */
export async function holdScreenForCode(): Promise<void> {
  if (!IS_WEAPP) return
  try {
    if (saved === null) saved = (await Taro.getScreenBrightness()).value
    await Taro.setScreenBrightness({ value: 1 })
  } catch {
    /* brightness is a comfort, not a requirement */
  }
  Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
  const hide = (Taro as unknown as { setVisualEffectOnCapture?: (o: { visualEffect: string }) => Promise<unknown> }).setVisualEffectOnCapture
  hide?.({ visualEffect: 'hidden' }).catch(() => undefined)
}

export async function releaseScreen(): Promise<void> {
  if (!IS_WEAPP) return
  const value = saved
  saved = null
  if (value !== null) await Taro.setScreenBrightness({ value }).catch(() => undefined)
  Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  const restore = (Taro as unknown as { setVisualEffectOnCapture?: (o: { visualEffect: string }) => Promise<unknown> }).setVisualEffectOnCapture
  restore?.({ visualEffect: 'none' }).catch(() => undefined)
}

import { scanCode } from '@/platform'

/** A camera scan's result: the digits, or why there are none. */
export type CameraResult = { ok: true; value: string } | { ok: false; reason: 'cancelled' | 'unsupported' | 'failed' }

const IS_H5 = process.env.TARO_ENV === 'h5'

/** Whether this runtime can scan with the camera at all: mini-programs through scanCode, H5 with a camera API. */
export function cameraAvailable(): boolean {
  if (!IS_H5) return true
  const nav = (globalThis as { navigator?: { mediaDevices?: { getUserMedia?: unknown } } }).navigator
  return typeof nav?.mediaDevices?.getUserMedia === 'function'
}

/** Mini-programs: the platform's own scanner (QR and bar codes), through src/platform. */
export async function scanWithPlatform(): Promise<CameraResult> {
  const r = await scanCode()
  if (r.ok) return { ok: true, value: r.value ?? '' }
  return { ok: false, reason: r.reason === 'cancelled' ? 'cancelled' : r.reason === 'unsupported' ? 'unsupported' : 'failed' }
}

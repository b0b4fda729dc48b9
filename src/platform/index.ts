import Taro from '@tarojs/taro'
import { copyOnWeb } from './web-clipboard'

/**
 * The one way the app reaches device APIs (screen, capture protection, calendar, share, subscribe
 * messages, scan, clipboard, phone). Every function answers `{ ok, reason? }` and never throws or
 * rejects, because each platform differs:
 * - Taro promise-wraps only the APIs on its own list; the rest (setVisualEffectOnCapture among them)
 *   are WeChat's raw functions that answer through callbacks and return undefined, so a `.catch` on
 *   their result throws. Here every call passes success/fail callbacks and also listens to a returned
 *   promise when there is one; whichever answers first wins.
 * - An API a platform lacks (H5 has no brightness or capture protection, Alipay and Douyin lack some
 *   WeChat APIs) answers `{ ok: false, reason: 'unsupported' }` so the caller can say so honestly.
 */
export type PlatformReason = 'unsupported' | 'cancelled' | 'failed'
export interface PlatformResult<T = undefined> {
  ok: boolean
  reason?: PlatformReason
  /** The platform's own error text, for logs, never shown as is. */
  message?: string
  value?: T
}

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void }
type RawApi = (options: Record<string, unknown> & Callbacks) => unknown

/** What H5 cannot do at all (Taro's H5 stand-ins for these only log an error). */
const H5_UNSUPPORTED = new Set([
  'getScreenBrightness', 'setScreenBrightness', 'setKeepScreenOn', 'setVisualEffectOnCapture', 'addPhoneCalendar',
  'showShareMenu', 'requestSubscribeMessage', 'scanCode',
])

// Read once: the build replaces it with a constant.
const IS_H5 = process.env.TARO_ENV === 'h5'

// Not on H5: there an API is on Taro's object or it is not, and Taro's H5 canIUse with a name
// known only at run time ships its whole API table and lodash (≈ 10 KB gzip) in the first screen.
// A ternary on the platform written out (not IS_H5), so webpack drops the H5 build's branch.
const canIUse =
  process.env.TARO_ENV !== 'h5' ? (name: string): boolean | undefined => (typeof Taro.canIUse === 'function' ? Taro.canIUse(name) : undefined) : null

function rawApi(name: string): RawApi | null {
  if (IS_H5 && H5_UNSUPPORTED.has(name)) return null
  const fn = (Taro as unknown as Record<string, unknown>)[name]
  if (typeof fn !== 'function') return null
  try {
    if (canIUse?.(name) === false) return null
  } catch {
    /* canIUse itself missing or throwing says nothing about the API */
  }
  return fn as RawApi
}

const errText = (err: unknown) =>
  typeof err === 'object' && err && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : err instanceof Error ? err.message : String(err)

/** Calls `name` with callbacks (and a returned promise, if any) and turns the answer into a result. */
export function callPlatform<T = unknown>(name: string, options: Record<string, unknown> = {}): Promise<PlatformResult<T>> {
  const api = rawApi(name)
  if (!api) return Promise.resolve({ ok: false, reason: 'unsupported' })
  return new Promise((resolve) => {
    let done = false
    const settle = (result: PlatformResult<T>) => {
      if (done) return
      done = true
      resolve(result)
    }
    const fail = (err: unknown) => {
      const message = errText(err)
      settle({ ok: false, reason: /cancel/i.test(message) ? 'cancelled' : 'failed', message })
    }
    try {
      const returned = api({ ...options, success: (res) => settle({ ok: true, value: res as T }), fail })
      if (returned && typeof (returned as Promise<unknown>).then === 'function') {
        ;(returned as Promise<unknown>).then((res) => settle({ ok: true, value: res as T }), fail)
      }
    } catch (err) {
      fail(err)
    }
  })
}

const drop = <T>(r: PlatformResult<unknown>): PlatformResult<T> => ({ ok: r.ok, reason: r.reason, message: r.message })

export async function getScreenBrightness(): Promise<PlatformResult<number>> {
  const r = await callPlatform<{ value?: number; brightness?: number }>('getScreenBrightness')
  // WeChat and Douyin answer `value`, Alipay `brightness`.
  const value = r.value?.value ?? r.value?.brightness
  return r.ok && typeof value === 'number' ? { ok: true, value } : { ...drop<number>(r), ok: false, reason: r.reason ?? 'failed' }
}

export async function setScreenBrightness(value: number): Promise<PlatformResult> {
  return drop(await callPlatform('setScreenBrightness', { value, brightness: value }))
}

export async function keepScreenOn(on: boolean): Promise<PlatformResult> {
  return drop(await callPlatform('setKeepScreenOn', { keepScreenOn: on }))
}

/** Hides the page from screenshots and recordings (WeChat base library 3.3.0+). */
export async function protectFromCapture(on: boolean): Promise<PlatformResult> {
  return drop(await callPlatform('setVisualEffectOnCapture', { visualEffect: on ? 'hidden' : 'none' }))
}

export interface PhoneCalendarEntry {
  title: string
  /** Epoch seconds, as addPhoneCalendar expects. */
  startTime: number
  endTime?: number
  location?: string
  description?: string
}

export function canAddPhoneCalendar(): boolean {
  return rawApi('addPhoneCalendar') !== null
}

export async function addPhoneCalendar(entry: PhoneCalendarEntry): Promise<PlatformResult> {
  return drop(await callPlatform('addPhoneCalendar', { ...entry }))
}

/** Turns on "share to friends" and "share to Moments" in the page's menu. */
export async function enableShareTimeline(): Promise<PlatformResult> {
  return drop(await callPlatform('showShareMenu', { withShareTicket: false, menus: ['shareAppMessage', 'shareTimeline'] }))
}

/** Asks to send the given subscribe-message templates; `value` maps template id → 'accept' | 'reject' | 'ban'. */
export async function requestSubscribeMessages(tmplIds: string[]): Promise<PlatformResult<Record<string, string>>> {
  const r = await callPlatform<Record<string, string>>('requestSubscribeMessage', { tmplIds })
  if (!r.ok || !r.value) return drop(r)
  const value = Object.fromEntries(tmplIds.map((id) => [id, String(r.value?.[id] ?? 'reject')]))
  return { ok: true, value }
}

/** Scans a QR or bar code with the camera; `value` is the scanned text. */
export async function scanCode(): Promise<PlatformResult<string>> {
  const r = await callPlatform<{ result?: string }>('scanCode', { onlyFromCamera: true, scanType: ['qrCode', 'barCode'] })
  return r.ok ? { ok: true, value: r.value?.result ?? '' } : drop(r)
}

/** H5 copies through the browser (see web-clipboard); mini-programs through setClipboardData. */
export async function copyText(text: string): Promise<PlatformResult> {
  if (IS_H5) return (await copyOnWeb(text)) ? { ok: true } : { ok: false, reason: 'failed' }
  return drop(await callPlatform('setClipboardData', { data: text }))
}

export async function callPhone(phoneNumber: string): Promise<PlatformResult> {
  return drop(await callPlatform('makePhoneCall', { phoneNumber }))
}

/**
 * Gives the member a text file to keep (导出我的数据). H5: a download (a Blob behind a link).
 * Mini-programs: the file is written to the user data folder and WeChat's 发送给朋友 sheet opens
 * (shareFileMessage), from which it can be saved; `unsupported` where that is missing, so the
 * caller can offer copying instead.
 */
export async function saveTextFile(fileName: string, text: string, mimeType = 'application/json'): Promise<PlatformResult> {
  if (IS_H5) return downloadInBrowser(fileName, text, mimeType)
  const fs = typeof Taro.getFileSystemManager === 'function' ? Taro.getFileSystemManager() : null
  const folder = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env?.USER_DATA_PATH
  if (!fs || !folder || !rawApi('shareFileMessage')) return { ok: false, reason: 'unsupported' }
  const filePath = `${folder}/${fileName}`
  const written = await new Promise<PlatformResult>((resolve) => {
    try {
      fs.writeFile({ filePath, data: text, encoding: 'utf8', success: () => resolve({ ok: true }), fail: (err) => resolve({ ok: false, reason: 'failed', message: errText(err) }) })
    } catch (err) {
      resolve({ ok: false, reason: 'failed', message: errText(err) })
    }
  })
  if (!written.ok) return written
  return drop(await callPlatform('shareFileMessage', { filePath, fileName }))
}

function downloadInBrowser(fileName: string, text: string, mimeType: string): PlatformResult {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    // Revoked later, not at once: some browsers start reading the Blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000)
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: 'failed', message: errText(err) }
  }
}

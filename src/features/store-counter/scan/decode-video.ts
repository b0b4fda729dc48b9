/** Stops the camera and the decoding loop. */
export type StopDecoding = () => void

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>
}
type DetectorClass = new (options: { formats: string[] }) => Detector

/** How often a frame is read: often enough to feel instant, not so often a till's CPU is busy. */
const FRAME_MS = 200

/**
 * Opens the rear camera into `video` and calls `onCode` with the first QR or Code 128 read.
 * The browser's BarcodeDetector where it exists; else @zxing/library, imported only here, when
 * the camera is opened (its own chunk, `camera-decoder`), so it weighs nothing until then.
 */
export async function startDecoding(video: HTMLVideoElement, onCode: (value: string) => void): Promise<StopDecoding> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  video.srcObject = stream
  await video.play().catch(() => undefined)
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    stopped = true
    if (timer) clearTimeout(timer)
    stream.getTracks().forEach((t) => t.stop())
  }
  const read = await frameReader(video)
  const tick = async () => {
    if (stopped) return
    const value = await read().catch(() => null)
    if (stopped) return
    if (value) {
      stop()
      onCode(value)
    } else timer = setTimeout(() => void tick(), FRAME_MS)
  }
  void tick()
  return stop
}

async function frameReader(video: HTMLVideoElement): Promise<() => Promise<string | null>> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass & { getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector
  const formats = Native?.getSupportedFormats ? await Native.getSupportedFormats().catch(() => []) : []
  if (Native && formats.includes('qr_code') && formats.includes('code_128')) {
    const detector = new Native({ formats: ['qr_code', 'code_128'] })
    return async () => (await detector.detect(video))[0]?.rawValue ?? null
  }
  const zxing = await loadDecoder()
  const hints = new Map()
  hints.set(zxing.DecodeHintType.POSSIBLE_FORMATS, [zxing.BarcodeFormat.QR_CODE, zxing.BarcodeFormat.CODE_128])
  hints.set(zxing.DecodeHintType.TRY_HARDER, true)
  const reader = new zxing.MultiFormatReader()
  reader.setHints(hints)
  const canvas = document.createElement('canvas')
  return async () => {
    const w = video.videoWidth
    const h = video.videoHeight
    if (!w || !h) return null
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) return null
    ctx.drawImage(video, 0, 0, w, h)
    const source = new zxing.HTMLCanvasElementLuminanceSource(canvas)
    try {
      return reader.decode(new zxing.BinaryBitmap(new zxing.HybridBinarizer(source))).getText()
    } catch {
      return null // no code in this frame
    }
  }
}

/**
 * The decoder library, H5 only: the mini-programs scan through the platform's own scanCode and
 * cannot load a webpack chunk. Behind a build-time constant, so their builds never follow the import.
 */
async function loadDecoder(): Promise<typeof import('@zxing/library')> {
  if (process.env.TARO_ENV === 'h5') return import(/* webpackChunkName: "camera-decoder" */ '@zxing/library')
  throw new Error('camera decoding is H5 only')
}

// The counter build's JS, gzip: everything the till loads, and apart from it the camera decoder,
// which is its own chunk loaded only when a clerk opens the camera on a browser without
// BarcodeDetector (src/features/store-counter/scan/decode-video.ts). Run alone on a build:
//   npx tsx scripts/bench/counter-js.ts dist/counter
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { gzipBytes } from './sizes'

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? jsFiles(path.join(dir, d.name)) : d.name.endsWith('.js') ? [path.join(dir, d.name)] : []))

export const isCameraDecoder = (file: string) => /camera-decoder/.test(path.basename(file))

export function counterJsSizes(dir: string): { loaded: number; cameraDecoder: number } {
  let loaded = 0
  let cameraDecoder = 0
  for (const file of jsFiles(dir)) {
    if (isCameraDecoder(file)) cameraDecoder += gzipBytes(file)
    else loaded += gzipBytes(file)
  }
  return { loaded, cameraDecoder }
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'dist/counter'
  const { loaded, cameraDecoder } = counterJsSizes(dir)
  console.log(`${dir}: all JS but the camera decoder ${(loaded / 1024).toFixed(1)} KB gzip; camera decoder (lazy) ${(cameraDecoder / 1024).toFixed(1)} KB gzip`)
}

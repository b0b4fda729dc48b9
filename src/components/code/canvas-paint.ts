import Taro from '@tarojs/taro'
import { drawQr, encodeQr } from '@/lib/barcode'

type CanvasHit = { node?: { getContext(t: '2d'): CanvasRenderingContext2D; width: number; height: number }; width: number; height: number } | null

/**
 * Mini-programs: a Canvas 2D node sized for the screen's pixel ratio, cleared to white (scanners
 * read dark on white), then painted; nothing when the node is not there (yet).
 */
export function paintCanvas(id: string, paint: (ctx: CanvasRenderingContext2D, w: number, h: number) => void): void {
  const dpr = Taro.getSystemInfoSync().pixelRatio || 2
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((res: CanvasHit[]) => {
      const hit = res?.[0]
      if (!hit?.node) return
      const canvas = hit.node
      canvas.width = Math.round(hit.width * dpr)
      canvas.height = Math.round(hit.height * dpr)
      const ctx = canvas.getContext('2d')
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, canvas.width, canvas.height)
      paint(ctx, canvas.width, canvas.height)
    })
}

/** The QR of `code`, centred in a square `w` wide, with its 4-module quiet zone on each side. */
export function paintQr(ctx: CanvasRenderingContext2D, code: string, w: number): void {
  const matrix = encodeQr(code)
  const modulePx = Math.max(1, Math.floor(w / (matrix.size + 8)))
  const side = (matrix.size + 8) * modulePx
  drawQr(ctx, matrix, { modulePx, x: Math.floor((w - side) / 2), y: Math.floor((w - side) / 2) })
}

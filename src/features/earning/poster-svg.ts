import { encodeQr, qrToSvg } from '@/lib/barcode'

/** Poster size in px (H5 image and weapp canvas share the layout). */
export const POSTER_W = 600
export const POSTER_H = 840
export const POSTER_QR = { x: 140, y: 300, side: 320 }
export const POSTER_SUBTITLE = '长按识别二维码，一起加入会员圈'

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The share poster as one SVG (H5): title, a line of why, and the QR of the shared link in the
 * middle, from the same encoder as the code screens. One image, so a long press can save it.
 */
export function posterSvg(title: string, link: string): string {
  const qr = qrToSvg(encodeQr(link), POSTER_QR.side).replace('<svg ', `<svg x="${POSTER_QR.x}" y="${POSTER_QR.y}" id="poster-qr" `)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_W}" height="${POSTER_H}" viewBox="0 0 ${POSTER_W} ${POSTER_H}">` +
    `<rect width="100%" height="100%" fill="#f3eefb"/>` +
    `<rect x="40" y="40" width="${POSTER_W - 80}" height="${POSTER_H - 80}" rx="24" fill="#fff"/>` +
    `<text x="${POSTER_W / 2}" y="150" text-anchor="middle" font-size="40" font-weight="600" fill="#5a3e8c">${escapeXml(title)}</text>` +
    `<text x="${POSTER_W / 2}" y="220" text-anchor="middle" font-size="26" fill="#6b655c">会员圈 · 消费、互动、分享都算成长</text>` +
    qr +
    `<text x="${POSTER_W / 2}" y="700" text-anchor="middle" font-size="26" fill="#1f1d1a">${POSTER_SUBTITLE}</text>` +
    `</svg>`
  )
}

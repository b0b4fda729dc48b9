import { useEffect, useMemo } from 'react'
import { Canvas, Image, View } from '@tarojs/components'
import { drawCode128, encodeCode128, encodeQr, qrToSvg, code128ToSvg, toDataUri, CODE128_QUIET_ZONE } from '@/lib/barcode'
import { paintCanvas, paintQr } from './canvas-paint'
import './code.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const QR_PX = 240
const BAR_W = 310
const BAR_H = 80

export interface CodeGraphicsProps {
  code: string
  /** Element ids are `${idPrefix}-qr` and `${idPrefix}-barcode` (weapp canvases `…-canvas`). */
  idPrefix?: string
  /** What the code is, for screen readers: 券码, 会员码. */
  label?: string
}

/**
 * The QR code and the Code 128 barcode of one code (a coupon's or the member's), from the pure
 * encoders. H5: an image of an SVG data URI. Weapp: drawn on Canvas 2D nodes (no DOM, no web
 * canvas library).
 */
export function CodeGraphics({ code, idPrefix = 'coupon', label = '券码' }: CodeGraphicsProps) {
  return IS_WEAPP ? <CanvasGraphics code={code} idPrefix={idPrefix} /> : <ImageGraphics code={code} idPrefix={idPrefix} label={label} />
}

function ImageGraphics({ code, idPrefix, label }: { code: string; idPrefix: string; label: string }) {
  const { qr, bar } = useMemo(
    () => ({ qr: toDataUri(qrToSvg(encodeQr(code), QR_PX * 2)), bar: toDataUri(code128ToSvg(encodeCode128(code), BAR_H * 2, 2)) }),
    [code],
  )
  return (
    <View className='code-graphics'>
      <Image className='code-screen__qr' src={qr} ariaLabel={`${label}二维码`} nativeProps={{ alt: `${label}二维码` }} id={`${idPrefix}-qr`} data-code={code} mode='aspectFit' />
      <Image className='code-screen__bar' src={bar} ariaLabel={`${label}条形码`} nativeProps={{ alt: `${label}条形码` }} id={`${idPrefix}-barcode`} mode='scaleToFill' />
    </View>
  )
}

function CanvasGraphics({ code, idPrefix }: { code: string; idPrefix: string }) {
  useEffect(() => {
    paintCanvas(`${idPrefix}-qr-canvas`, (ctx, w) => paintQr(ctx, code, w))
    paintCanvas(`${idPrefix}-bar-canvas`, (ctx, w, h) => {
      const bars = encodeCode128(code)
      const modulePx = Math.max(1, Math.floor(w / (bars.length + 2 * CODE128_QUIET_ZONE)))
      const width = (bars.length + 2 * CODE128_QUIET_ZONE) * modulePx
      drawCode128(ctx, bars, h, { modulePx, x: Math.floor((w - width) / 2) })
    })
  }, [code, idPrefix])
  return (
    <View className='code-graphics'>
      <Canvas type='2d' id={`${idPrefix}-qr-canvas`} className='code-screen__qr' style={{ width: `${QR_PX}px`, height: `${QR_PX}px` }} />
      <Canvas type='2d' id={`${idPrefix}-bar-canvas`} className='code-screen__bar' style={{ width: `${BAR_W}px`, height: `${BAR_H}px` }} />
    </View>
  )
}

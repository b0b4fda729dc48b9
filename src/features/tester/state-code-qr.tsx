import { useEffect, useMemo } from 'react'
import { Canvas, Image, Text, View } from '@tarojs/components'
import { paintCanvas, paintQr } from '@/components/code/canvas-paint'
import { encodeQr, qrToSvg, toDataUri } from '@/lib/barcode'

/** What a QR code holds at level M in byte mode (version 40): longer codes are copied as text only. */
export const STATE_QR_MAX_CHARS = 2300
const QR_PX = 240

/**
 * A 复现码 as a QR code when it fits, so a phone tester hands a state to the devtools tester (or
 * back) by scanning. H5: an image; mini-programs: a Canvas 2D node, as the code screen draws.
 */
export function StateCodeQr({ code }: { code: string }) {
  if (code.length > STATE_QR_MAX_CHARS) {
    return <Text className='tester__note'>复现码 {code.length} 字，超过二维码容量（{STATE_QR_MAX_CHARS} 字），请复制文字</Text>
  }
  return process.env.TARO_ENV === 'h5' ? <QrImage code={code} /> : <QrCanvas code={code} />
}

function QrImage({ code }: { code: string }) {
  const src = useMemo(() => toDataUri(qrToSvg(encodeQr(code), QR_PX * 2)), [code])
  return <Image className='tester__qr' src={src} ariaLabel='复现码二维码' nativeProps={{ alt: '复现码二维码' }} data-code={code} mode='aspectFit' style={{ width: `${QR_PX}px`, height: `${QR_PX}px` }} />
}

function QrCanvas({ code }: { code: string }) {
  useEffect(() => {
    paintCanvas('state-code-qr', (ctx, w) => paintQr(ctx, code, w))
  }, [code])
  return (
    <View>
      <Canvas type='2d' id='state-code-qr' style={{ width: `${QR_PX}px`, height: `${QR_PX}px` }} />
    </View>
  )
}

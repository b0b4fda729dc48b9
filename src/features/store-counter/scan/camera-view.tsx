import { useEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { startDecoding, type StopDecoding } from './decode-video'

interface Props {
  onCode: (value: string) => void
  onClose: () => void
}

/**
 * H5 only: the camera's picture with a decoder reading QR and Code 128 from it. The browser's
 * own BarcodeDetector when it has one; otherwise a decoder library loaded only now, so the
 * counter's first load does not carry it.
 */
export function CameraView({ onCode, onClose }: Props) {
  const host = useRef<HTMLDivElement | null>(null)
  const [note, setNote] = useState('正在打开摄像头…')

  useEffect(() => {
    let stop: StopDecoding | null = null
    let gone = false
    const video = document.createElement('video')
    video.setAttribute('playsinline', 'true')
    video.muted = true
    video.className = 'counter__video'
    host.current?.appendChild(video)
    startDecoding(video, (value) => !gone && onCode(value))
      .then((s) => {
        if (gone) return s()
        stop = s
        setNote('把顾客手机上的二维码或条形码放进画面')
      })
      .catch((e: unknown) => {
        if (gone) return
        const name = (e as { name?: string })?.name
        setNote(name === 'NotAllowedError' ? '没有摄像头权限，请在浏览器设置中允许，或用扫码枪 / 手动输入' : '摄像头打不开，请用扫码枪或手动输入')
      })
    return () => {
      gone = true
      stop?.()
      video.remove()
    }
  }, [onCode])

  return (
    <View className='counter__camera'>
      <View className='counter__video-host' ref={host as never} />
      <Text className='counter__hint' {...a11y(undefined, 'status')}>
        {note}
      </Text>
      <Button className='btn btn--secondary btn--small' onClick={onClose} {...a11y('关闭摄像头', 'button')}>
        关闭摄像头
      </Button>
    </View>
  )
}

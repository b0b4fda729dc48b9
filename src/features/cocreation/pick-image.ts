import Taro from '@tarojs/taro'

export interface PickedImage {
  /** Local path or blob URL, for the preview only. */
  path: string
  name: string
  sizeBytes: number
  mimeType?: string
}

const baseName = (path: string) => path.split(/[\\/]/).pop() || 'image.jpg'

/**
 * One image from the album or camera: `chooseMedia` in the mini-program, a file input in the
 * browser (Taro's chooseImage on H5 is exactly that). Null when the member cancels or the
 * platform cannot pick; only a reference (name, size) is ever sent.
 */
export function pickImage(): Promise<PickedImage | null> {
  return new Promise((resolve) => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sizeType: ['compressed'],
        success: (res) => {
          const file = res.tempFiles[0]
          resolve(file ? { path: file.tempFilePath, name: baseName(file.tempFilePath), sizeBytes: file.size } : null)
        },
        fail: () => resolve(null),
      })
      return
    }
    Taro.chooseImage({
      count: 1,
      success: (res) => {
        const file = res.tempFiles[0] as (typeof res.tempFiles)[number] & { originalFileObj?: File }
        if (!file) return resolve(null)
        const original = file.originalFileObj
        resolve({
          path: file.path,
          name: original?.name ?? baseName(file.path),
          sizeBytes: file.size,
          ...(original?.type ? { mimeType: original.type } : {}),
        })
      },
      fail: () => resolve(null),
    })
  })
}

import Taro from '@tarojs/taro'

const baseName = (path: string) => path.split(/[\\/]/).pop() || 'image.jpg'

/**
 * Up to `count` photos from the album or camera, as references (`img:<file name>`): the bytes
 * stay on the phone in this prototype, the backend keeps the reference. [] when cancelled.
 */
export function pickImages(count: number): Promise<string[]> {
  return new Promise((resolve) => {
    if (count <= 0) return resolve([])
    Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      success: (res) => {
        const files = res.tempFiles as Array<{ path: string; originalFileObj?: File }>
        resolve(files.slice(0, count).map((f) => `img:${(f.originalFileObj?.name ?? baseName(f.path)).slice(0, 180)}`))
      },
      fail: () => resolve([]),
    })
  })
}

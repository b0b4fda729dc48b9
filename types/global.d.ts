/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare const __MOCK__: boolean
/** APP=counter: the store counter's own H5 build (no member pages). */
declare const __COUNTER_APP__: boolean
declare const __API_BASE__: string
declare const __APP_VERSION__: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'alipay' | 'tt'
    TARO_APP_ID?: string
  }
}

import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { a11y } from '@/components/a11y'
import { copyText } from '@/platform'
import { formatShanghai } from '@/lib/format'
import { clearRequestLog, getRequestLog, onRequestLogChange, REQUEST_LOG_LIMIT, type LoggedRequest } from '@/services/request-log'
import { mockServerBase, toCurl } from '@/services/request-log-curl'
import { Chip, Section } from './parts'

function copyAsCurl(entry: LoggedRequest): void {
  void copyText(toCurl(entry, mockServerBase())).then((r) =>
    Taro.showToast({ title: r.ok ? '已复制 curl 命令' : '复制失败，请长按选择文字', icon: 'none' }),
  )
}

function statusText(entry: LoggedRequest): string {
  return entry.status === null ? '无应答' : String(entry.status)
}

/** 请求记录: what a phone without devtools asked and got, newest first; tap one to copy it as curl. */
export function RequestLogView() {
  const log = useSyncExternalStore(onRequestLogChange, getRequestLog)
  return (
    <Section title='请求记录'>
      <View className='tester__row'>
        <Text className='tester__note'>
          最近 {REQUEST_LOG_LIMIT} 条，点一条复制为 curl 命令（以 X-Persona 对 HTTP 模拟后端 npm run mock:server 重放）；令牌、手机号和验证码已隐去
        </Text>
        <Chip label='清空记录' onClick={clearRequestLog} disabled={log.length === 0} />
      </View>
      {log.length === 0 && <Text className='tester__note'>还没有请求。</Text>}
      {log.map((entry) => {
        const failed = entry.errorBody !== null
        const summary = `${entry.method} ${entry.path} ${statusText(entry)} · ${entry.durationMs} ms`
        return (
          <View
            key={entry.id}
            className={`tester__request${failed ? ' tester__request--failed' : ''}`}
            onClick={() => copyAsCurl(entry)}
            data-request-id={String(entry.id)}
            {...a11y(`${summary}，点按复制 curl`, 'button')}
          >
            <Text className='tester__request-line'>{summary}</Text>
            <Text className='tester__note'>
              {formatShanghai(entry.at, 'HH:mm:ss')}
              {entry.scenario ? ` · 场景 ${entry.scenario}` : ''}
            </Text>
            {failed && <Text className='tester__request-error'>{entry.errorBody}</Text>}
          </View>
        )
      })}
    </Section>
  )
}

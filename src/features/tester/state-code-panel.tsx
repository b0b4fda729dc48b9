import { copyText } from '@/platform'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { describeError } from '@/services/errors'
import { invalidateMemberData, setPersona } from '@/services/mock-session'
import { formatShanghai } from '@/lib/format'
import * as api from './api'
import { a11y } from '@/components/a11y'
import { Chip, Section } from './parts'
import { StateCodeQr } from './state-code-qr'

/** On H5 a code can also leave as a file, for attaching to a bug report. */
function downloadAsFile(info: api.StateCodeInfo): void {
  const blob = new Blob([info.code], { type: 'text/plain;charset=utf-8' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `复现码-${info.memberId}.txt`
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}

/**
 * 复现码: the current persona's exact state (ledger, coupons, invites, clock) as one code; a
 * colleague pastes it here on another device, or POSTs it to the HTTP mock's /mock/state.
 */
export function StateCodePanel({ onDone }: { onDone: (message: string) => void }) {
  const [exported, setExported] = useState<api.StateCodeInfo | null>(null)
  const [pasted, setPasted] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const [copyFailed, setCopyFailed] = useState(false)

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    setProblem('')
    try {
      onDone(await work())
    } catch (e) {
      setProblem(describeError(e))
      onDone(`复现码操作失败：${describeError(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const exportCode = () =>
    void run(async () => {
      const info = await api.exportState()
      setExported(info)
      // Said only when it really went: otherwise the whole code is shown below to copy by hand.
      const copied = await copyText(info.code)
      setCopyFailed(!copied.ok)
      return copied.ok ? `已复制 ${info.memberId} 的复现码（${info.length} 字）` : `没能自动复制 ${info.memberId} 的复现码，请长按下方完整复现码手动复制`
    })

  const importCode = () =>
    void run(async () => {
      const result = await api.importState(pasted)
      setPersona(result.memberId)
      invalidateMemberData()
      setPasted('')
      return `已导入复现码：身份 ${result.memberId}，时钟 ${formatShanghai(result.clock.now, 'YYYY-MM-DD HH:mm')}`
    })

  return (
    <Section title='复现码'>
      <Text className='tester__note'>导出当前身份的成长记录、券、邀请和时钟，附在问题报告里；同事粘贴导入即可复现。</Text>
      <View className='tester__row'>
        <Chip label='导出并复制复现码' disabled={busy} onClick={exportCode} />
        {process.env.TARO_ENV === 'h5' && exported && <Chip label='下载为文件' onClick={() => downloadAsFile(exported)} />}
      </View>
      {exported && (
        <Text className='tester__note tester__code' userSelect>
          {exported.memberId} · {exported.length} 字 · {exported.code.slice(0, 48)}…
        </Text>
      )}
      {exported && <StateCodeQr code={exported.code} />}
      {exported && copyFailed && (
        <Text className='tester__note tester__code' userSelect selectable data-testid='state-code-full'>
          {exported.code}
        </Text>
      )}
      <Textarea
        className='tester__textarea'
        value={pasted}
        maxlength={-1}
        placeholder='粘贴复现码（MC1Z-…）'
        ariaLabel='粘贴复现码'
        onInput={(e) => setPasted(e.detail.value)}
      />
      <View className='tester__row'>
        <Chip label='导入复现码' disabled={busy || pasted.trim() === ''} onClick={importCode} />
      </View>
      {problem && <Text className='tester__request-error' {...a11y(undefined, 'alert')}>{problem}</Text>}
    </Section>
  )
}

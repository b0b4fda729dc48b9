import { fireEvent, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { AdvisorCard } from '@/features/advisor'
import { ShareButton } from '@/features/earning/share-button'
import { copyText } from '@/platform'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const advisor = { name: '周一帆', title: '会员顾问', responsePromise: '1 小时内回复', workingHours: '10:00–19:00', wechatId: 'brand-zhouyf' }
const writeText = () => navigator.clipboard.writeText as jest.Mock

/** A page opened at http://192.168.x.x: not a secure context, so there is no navigator.clipboard. */
function onPlainHttpLan(execCommand: (cmd: string) => boolean) {
  Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true })
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
  const copied: string[] = []
  // What execCommand('copy') would put on the clipboard: the selected text at that moment.
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: jest.fn((cmd: string) => {
      const ok = execCommand(cmd)
      if (ok) copied.push(String(window.getSelection?.()?.toString() || (document.activeElement as HTMLTextAreaElement | null)?.value))
      return ok
    }),
  })
  return copied
}

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).execCommand
})

test('on a secure page the browser clipboard gets the text, not Taro’s H5 stand-in', async () => {
  await expect(copyText('brand-zhouyf')).resolves.toEqual({ ok: true })
  expect(writeText()).toHaveBeenCalledWith('brand-zhouyf')
  expect(Taro.setClipboardData).not.toHaveBeenCalled()
})

test('on a plain-HTTP LAN page it selects and copies instead', async () => {
  const copied = onPlainHttpLan(() => true)
  await expect(copyText('MC1-abc')).resolves.toEqual({ ok: true })
  expect(copied).toEqual(['MC1-abc'])
})

test('the advisor’s 复制微信号 copies on H5 and says so', async () => {
  showScreen(<AdvisorCard advisor={advisor} />)
  fireEvent.click(screen.getByRole('button', { name: '复制微信号' }))
  expect(await screen.findByTestId('advisor-note')).toHaveTextContent('已复制微信号 brand-zhouyf')
  expect(writeText()).toHaveBeenCalledWith('brand-zhouyf')
})

test('when nothing copies, 分享给好友 says so and shows the link to copy by hand', async () => {
  onPlainHttpLan(() => false)
  setPersona('active')
  showScreen(<ShareButton target={{ kind: 'home' }} title='一起加入会员圈' />)
  fireEvent.click(screen.getByTestId('share-button'))
  expect(await screen.findByText(/没能自动复制链接/)).toBeInTheDocument()
  expect(screen.getByTestId('share-link')).toHaveTextContent(/#\/pages\/home\/index\?.*shareId=/)
  expect(screen.queryByText(/链接已复制/)).not.toBeInTheDocument()
})

test('the 复现码 export says 已复制 only when it copied, else shows the whole code to copy by hand', async () => {
  const { StateCodePanel } = jest.requireActual<typeof import('@/features/tester/state-code-panel')>('@/features/tester/state-code-panel')
  setPersona('newcomer')
  onPlainHttpLan(() => false)
  const said: string[] = []
  showScreen(<StateCodePanel onDone={(m) => said.push(m)} />)
  fireEvent.click(screen.getByRole('button', { name: '导出并复制复现码' }))
  expect(await screen.findByTestId('state-code-full')).toHaveTextContent(/^MC1Z?-/)
  expect(said.at(-1)).toMatch(/^没能自动复制 .+ 的复现码/)
})

import { withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { handleRequest } from '@mock/routes'
import { MemberDataLinks, MemberDataScreen } from '@/features/member-data'
import { setPersona } from '@/services/mock-session'
import { getSession, needsSignIn, saveSession } from '@/services/session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const backend = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  handleRequest(getMockBackend(), { method, path: `/api/v1${path}`, query: {}, headers, body })
const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })

/** Signs `phone` in by SMS at the backend and hands the token to the app, as the sign-in page would. */
function signedInByPhone(phone: string): string {
  backend('POST', '/auth/sms', {}, { phone })
  const res = backend('POST', '/auth/phone', {}, { phone, smsCode: '123456' }).body as { token: string; expiresAt: string }
  saveSession({ token: res.token, expiresAt: res.expiresAt, joined: true })
  // Past the 60 s between codes to one phone, so the deletion screen can send its own.
  getMockBackend().clock.setNow(getMockBackend().now() + 61_000)
  return res.token
}

function onPlatform<T>(env: 'weapp' | 'h5', run: () => T): T {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  try {
    return run()
  } finally {
    process.env.TARO_ENV = previous
  }
}

describe('导出我的数据', () => {
  let blobs: Blob[]
  beforeEach(() => {
    blobs = []
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:export'
    })
    URL.revokeObjectURL = jest.fn()
  })

  it('H5: downloads the whole export as a JSON file named for the day', async () => {
    setPersona('active~31')
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    render(<MemberDataScreen section='export' />)
    fireEvent.click(screen.getByRole('button', { name: '导出我的数据' }))
    expect(await screen.findByRole('status')).toHaveTextContent(/已导出 会员圈-我的数据-\d{8}\.json/)
    expect(click).toHaveBeenCalledTimes(1)
    expect(blobs).toHaveLength(1)
    const doc = JSON.parse(await blobs[0].text())
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['exportedAt', 'member', 'growthEvents', 'coupons', 'rights', 'invites', 'checkIns', 'shares', 'cocreation', 'messages']))
    expect(doc.member.id).toBe('active~31')
    expect(doc.growthEvents.length).toBeGreaterThan(0)
    click.mockRestore()
  })

  it('says so when the export cannot be made, and offers it again', async () => {
    setPersona('active~32')
    server.use(http.get('*/api/v1/me/export', () => HttpResponse.json({ error: { code: 'DOWN', message: '服务不可用' } }, { status: 503 })))
    render(<MemberDataScreen section='export' />)
    fireEvent.click(screen.getByRole('button', { name: '导出我的数据' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('导出没有成功')
    expect(screen.getByRole('button', { name: '导出我的数据' })).toBeEnabled()
    expect(blobs).toHaveLength(0)
  })

  it('weapp: copies the whole export when the member picks 复制全部数据', async () => {
    setPersona('cocreator~33')
    onPlatform('weapp', () => render(<MemberDataScreen section='export' />))
    fireEvent.click(screen.getByRole('button', { name: '导出我的数据' }))
    expect(await screen.findByRole('status')).toHaveTextContent('数据已准备好')
    fireEvent.click(screen.getByRole('button', { name: '复制全部数据' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已复制全部数据'))
    // src/platform copies through the browser in jest's H5 runtime (the weapp path is Taro.setClipboardData).
    const copied = (navigator.clipboard.writeText as jest.Mock).mock.calls[0][0] as string
    expect(JSON.parse(copied).member.id).toBe('cocreator~33')
  })
})

describe('注销会员', () => {
  it('资料 links to export and to deletion', () => {
    render(<MemberDataLinks />)
    fireEvent.click(screen.getByRole('link', { name: /注销会员/ }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/member-data/index?section=delete' })
    fireEvent.click(screen.getByRole('link', { name: /导出我的数据/ }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/member-data/index' })
  })

  it('H5: says what is deleted and kept, confirms with the SMS code, then signs out; the token is dead', async () => {
    const token = signedInByPhone('13800000034')
    render(<MemberDataScreen section='delete' />)
    expect(screen.getByText(/券包里的全部优惠券/)).toBeInTheDocument()
    expect(screen.getByText(/门店消费、退款和核销的订单记录/)).toBeInTheDocument()

    type('手机号', '13800000034')
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
    expect(await screen.findByRole('status')).toHaveTextContent('验证码已发送')
    type('验证码', '123456')
    fireEvent.click(screen.getByRole('button', { name: '注销会员' }))

    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认注销会员' }))
    expect(getSession()).toBeNull()
    expect(needsSignIn()).toBe(true)
    expect(backend('GET', '/me', { authorization: `Bearer ${token}` }).status).toBe(401)
    expect((backend('GET', '/me', { 'x-persona': 'active~34' }).body as { error: { code: string } }).error.code).toBe('NOT_MEMBER')
  })

  it('a wrong code is said in words and the member stays signed in and a member', async () => {
    const token = signedInByPhone('13800000035')
    render(<MemberDataScreen section='delete' />)
    type('手机号', '13800000035')
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
    await screen.findByRole('status')
    type('验证码', '000000')
    fireEvent.click(screen.getByRole('button', { name: '注销会员' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('验证码不正确或已过期')
    expect(getSession()?.token).toBe(token)
    expect(backend('GET', '/me', { authorization: `Bearer ${token}` }).status).toBe(200)
    expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('asks for the code before anything is sent, and 再想想 at the last step changes nothing', async () => {
    const token = signedInByPhone('13800000036')
    render(<MemberDataScreen section='delete' />)
    fireEvent.click(screen.getByRole('button', { name: '注销会员' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('请先获取并填写 6 位短信验证码')
    ;(Taro.showModal as unknown as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    type('验证码', '123456')
    fireEvent.click(screen.getByRole('button', { name: '注销会员' }))
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
    expect(backend('GET', '/me', { authorization: `Bearer ${token}` }).status).toBe(200)
    expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('weapp: a WeChat-signed-in member confirms with WeChat (no code) and is signed out', async () => {
    const signedIn = backend('POST', '/auth/wechat', {}, { code: 'mock:first-buyer~37' }).body as { token: string; expiresAt: string }
    saveSession({ token: signedIn.token, expiresAt: signedIn.expiresAt, joined: true })
    onPlatform('weapp', () => render(<MemberDataScreen section='delete' />))
    expect(screen.queryByRole('textbox', { name: '验证码' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '用微信确认注销' }))
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('微信确认注销') }))
    expect(backend('GET', '/me', { authorization: `Bearer ${signedIn.token}` }).status).toBe(401)
  })

  it('a failure keeps the member and says the membership is still valid', async () => {
    signedInByPhone('13800000038')
    server.use(http.post('*/api/v1/me/deletion', () => HttpResponse.json({ error: { code: 'DOWN', message: '服务不可用' } }, { status: 503 })))
    render(<MemberDataScreen section='delete' />)
    type('验证码', '123456')
    fireEvent.click(screen.getByRole('button', { name: '注销会员' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('你的会员仍然有效')
    expect(getSession()).not.toBeNull()
  })
})

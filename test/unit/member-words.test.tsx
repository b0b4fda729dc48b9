import { fireEvent, render, screen } from '@testing-library/react'
import { JoinScreen, ProgrammeScreen } from '@/features/identity'
import { DetailScreen } from '@/features/invites'
import { GrowthPathScreen } from '@/features/growth-path'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

// #27 item 10: members read their own words, not the funnel's or the warehouse's.
test('the programme shows no AIPL stage names and says plainly how each level is reached', async () => {
  render(<ProgrammeScreen />)
  const items = await screen.findAllByRole('listitem')
  for (const stage of ['认知', '兴趣', '购买', '忠诚']) expect(screen.queryByText(new RegExp(stage))).not.toBeInTheDocument()
  expect(items[0]).toHaveTextContent('如何达到：加入会员即可')
  expect(items[1]).toHaveTextContent('如何达到：完成首笔消费')
  expect(items[1]).not.toHaveTextContent('¥1')
  expect(items[2]).toHaveTextContent(/如何达到：一年内.*互动次数达到 30 次/)
  expect(screen.queryByText(/升级标准：加入即是/)).not.toBeInTheDocument()
})

test('preferences are asked in the member’s words, not 价值型 / 优惠型', async () => {
  setPersona('visitor~31')
  render(<JoinScreen />)
  expect(screen.getByRole('radio', { name: '更看重品质与体验' })).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: '更看重优惠力度' }))
  expect(screen.getByRole('radio', { name: '更看重优惠力度' })).toHaveAttribute('aria-checked', 'true')
  expect(screen.queryByText(/价值型|优惠型/)).not.toBeInTheDocument()
})

test('the growth path counts interactions (互动次数), not a frequency', async () => {
  setPersona('active')
  showScreen(<GrowthPathScreen />)
  expect((await screen.findAllByText(/互动次数/)).length).toBeGreaterThan(0)
  expect(screen.queryByText(/互动频率/)).not.toBeInTheDocument()
})

test('an accepted invite offers 加入日历, not a file download', async () => {
  setPersona('active~32')
  showScreen(<DetailScreen id='inv-spring-workshop' />)
  fireEvent.click(await screen.findByRole('radio', { name: '周日上午场 10:00–13:00' }))
  fireEvent.click(screen.getByRole('button', { name: '接受邀请' }))
  expect(await screen.findByRole('button', { name: '加入日历' })).toBeInTheDocument()
  expect(screen.queryByText(/下载日历文件|\.ics/)).not.toBeInTheDocument()
})

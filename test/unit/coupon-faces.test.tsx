import { fireEvent, screen, within } from '@testing-library/react'
import { WalletScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const cards = () => screen.getAllByTestId('coupon-card')
const valueOf = (card: HTMLElement) => within(card).getByTestId('coupon-value').textContent
const titleOf = (card: HTMLElement) => card.querySelector('.coupon-card__title')?.textContent ?? ''

async function richWallet() {
  setPersona('coupon-rich')
  showScreen(<WalletScreen />)
  await screen.findByRole('tab', { name: /可使用 67 张/ })
}

// #27 item 11.
test('第二杯半价 reads as 第二杯半价, never as a 5 折 on the whole order', async () => {
  await richWallet()
  fireEvent.click(screen.getByRole('button', { name: '折扣' }))
  const half = cards().filter((c) => titleOf(c).startsWith('第二杯半价'))
  expect(half.length).toBeGreaterThan(0)
  for (const card of half) {
    expect(valueOf(card)).toBe('第二杯半价')
    expect(card).not.toHaveTextContent('5 折')
  }
})

test('the value is its own large line and the condition a small one under it', async () => {
  setPersona('active')
  showScreen(<WalletScreen />)
  await screen.findByRole('tab', { name: /可使用 4 张/ })
  const first = cards()[0]
  expect(valueOf(first)).toBe('¥20')
  expect(within(first).getByTestId('coupon-condition')).toHaveTextContent('满 ¥100 可用')
})

test('a title never breaks between a number and its words (第 12 期 stays together)', async () => {
  await richWallet()
  const numbered = cards().map(titleOf).filter((t) => /\d/.test(t))
  expect(numbered.length).toBeGreaterThan(0)
  // An ordinary space beside a digit is a place a line may break; a no-break space is not.
  for (const title of numbered) expect(title).not.toMatch(/ (?=\d)|(?<=\d) /)
})

test('with 60+ coupons the wallet filters by type and by store, and says how many match', async () => {
  await richWallet()
  fireEvent.click(screen.getByRole('button', { name: '兑换' }))
  expect(cards().length).toBeGreaterThan(0)
  for (const card of cards()) expect(valueOf(card)).toBe('免费兑换')
  fireEvent.click(screen.getByRole('button', { name: '全部类型' }))
  fireEvent.click(screen.getByRole('button', { name: '杭州湖滨店' }))
  expect(cards().length).toBeGreaterThan(0)
  for (const card of cards()) expect(card).toHaveTextContent(/全部门店可用|杭州湖滨店/)
  expect(screen.getByTestId('wallet-filter-count')).toHaveTextContent(/^筛选出 \d+ 张$/)
})

test('a small wallet has no filters to wade through', async () => {
  setPersona('active')
  showScreen(<WalletScreen />)
  await screen.findByRole('tab', { name: /可使用 4 张/ })
  expect(screen.queryByRole('button', { name: '全部类型' })).not.toBeInTheDocument()
})

/**
 * @jest-environment jsdom
 */
// The member H5 build's HTML shell paints the member card from the launch answers before app.js
// runs (config/boot-shell-card.ts). Here the very script index.html inlines runs against a DOM
// holding the shell as src/index.html writes it.
import { bootShellCardCss, bootShellPainterScript } from '../../config/boot-shell-card'

type Paint = (me: unknown, growth: unknown, levels: unknown) => void
const paint = new Function('window', `${bootShellPainterScript()}\nreturn window.paintBootShell`)({}) as Paint

const LEVELS = {
  levels: [
    { code: 'explorer', rank: 1, name: '了解观察' },
    { code: 'experiencer', rank: 2, name: '初步体验' },
    { code: 'engager', rank: 3, name: '积极互动' },
    { code: 'cocreator', rank: 4, name: '核心共创' },
  ],
}
const ME = { member: { nickname: '林晓雨', phoneMasked: '138****1234', levelCode: 'engager' } }
const growth = (levelExpiresAt: string | null, levelCode = 'engager') => ({ levelCode, levelExpiresAt })

beforeEach(() => {
  document.body.innerHTML = `<div id="boot-shell" role="status" aria-label="正在加载"><i class="card"></i><i></i></div>`
})

const shell = () => document.getElementById('boot-shell')!
const text = (sel: string) => shell().querySelector(sel)?.textContent

test('the card shows the member, the level, the path and the validity, as the app card does', () => {
  paint(ME, growth('2027-05-16T15:59:59.123456Z'), LEVELS)
  expect(shell().querySelector('.card')).toBeNull() // the skeleton block is replaced
  expect(text('[data-testid="level-name"]')).toBe('积极互动')
  expect(text('.member-card__nickname')).toBe('林晓雨')
  expect(text('.member-card__phone')).toBe('138****1234')
  expect(text('.member-card__aipl')).toBe('第 3/4 级')
  expect([...shell().querySelectorAll('.member-card__step--reached')].map((s) => s.textContent)).toEqual(['了解观察', '初步体验', '积极互动'])
  expect(shell().querySelectorAll('.member-card__step')).toHaveLength(4)
  // 23:59:59 in Shanghai is still the 16th; microseconds parse.
  expect(text('.member-card__expiry')).toBe('等级有效期至 2027年5月16日')
  expect(shell().querySelector('.member-card')!.getAttribute('style')).toBe('background-image: linear-gradient(135deg, #5a3e8c, #382462)') // 积极互动's colours
  expect(shell().getAttribute('data-painted')).toBe('level')
  expect(shell().getAttribute('aria-label')).toBe('林晓雨，当前等级 积极互动，正在加载')
})

test('validity is the Shanghai calendar day, whatever offset the instant carries', () => {
  paint(ME, growth('2027-05-16T16:00:00Z'), LEVELS)
  expect(text('.member-card__expiry')).toBe('等级有效期至 2027年5月17日')
  document.body.innerHTML = `<div id="boot-shell"><i class="card"></i></div>`
  paint(ME, growth('2027-05-17T00:30:00+08:00'), LEVELS)
  expect(text('.member-card__expiry')).toBe('等级有效期至 2027年5月17日')
  document.body.innerHTML = `<div id="boot-shell"><i class="card"></i></div>`
  paint(ME, growth(null, 'explorer'), LEVELS)
  expect(text('.member-card__expiry')).toBe('基础等级长期有效')
  expect(text('.member-card__aipl')).toBe('第 1/4 级')
})

test('without /me the card still shows the level, as the app does', () => {
  paint(null, growth(null), LEVELS)
  expect(text('.member-card__nickname')).toBe('我的会员卡')
  expect(shell().querySelector('.member-card__phone')).toBeNull()
  expect(text('[data-testid="level-name"]')).toBe('积极互动')
})

test('a malformed or unknown answer leaves the skeleton for the app to explain', () => {
  const cases: [unknown, unknown][] = [
    [growth(null, 'platinum'), LEVELS], // a level the path does not have
    [growth(null), { levels: [{ code: 'engager', rank: '3', name: '积极互动' }] }], // rank not a number
    [growth(null), { levels: [] }],
    [growth('next spring'), LEVELS], // an expiry that is no instant
    [growth(null), null], // /levels failed
    [null, LEVELS], // /me/growth failed
  ]
  for (const [g, l] of cases) {
    paint(ME, g, l)
    expect(shell().querySelector('.card')).not.toBeNull()
    expect(shell().querySelector('[data-testid="level-name"]')).toBeNull()
    expect(shell().getAttribute('data-painted')).toBeNull()
  }
})

test('names are written as text, never as markup', () => {
  paint({ member: { nickname: '<img src=x onerror=alert(1)>', phoneMasked: '1' } }, growth(null), LEVELS)
  expect(text('.member-card__nickname')).toBe('<img src=x onerror=alert(1)>')
  expect(shell().querySelector('img')).toBeNull()
})

test('once the app has removed the shell, a late answer paints nothing', () => {
  document.body.innerHTML = ''
  expect(() => paint(ME, growth(null), LEVELS)).not.toThrow()
})

test("the shell's card CSS is the card's stylesheet in rem (40 design px each), scoped to the shell", () => {
  const css = bootShellCardCss()
  expect(css).toContain('#boot-shell .member-card{margin: 0.6rem 0.8rem;')
  expect(css).toContain('#boot-shell .member-card__level{font-size: 1.5rem;')
  expect(css).not.toMatch(/\d+px/)
  expect(bootShellCardCss('.a, .b { margin: 4px 0 } // note\n')).toBe('#boot-shell .a,#boot-shell .b{margin: 0.1rem 0}')
  // A stylesheet the shell cannot copy faithfully fails the build rather than drifting.
  expect(() => bootShellCardCss('.a { .b { margin: 4px } }')).toThrow(/nested|unparsable/)
  expect(() => bootShellCardCss('$gap: 4px; .a { margin: $gap }')).toThrow(/flat CSS/)
})

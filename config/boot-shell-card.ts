/**
 * The member H5 build's HTML shell paints the member card itself as soon as the launch requests
 * (config/launch-requests.ts) have answered: on a slow phone the level is on screen while app.js
 * still downloads and runs, instead of after it. The app's own card replaces it in place (the
 * shell leaves once the page shows the level, src/index.html), so nothing moves or flickers.
 *
 * One source for the looks: the card's stylesheet (member-card.scss) is converted here as the H5
 * build converts it (px of the 750 design → rem), scoped to the shell; the colours are the app's.
 * The markup mirrors member-card.tsx; test/e2e/member-build.e2e.test.ts holds the two side by side.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import LEVEL_THEME from '../src/features/growth/level-theme.json'

const CARD_SCSS = path.resolve(__dirname, '..', 'src', 'features', 'growth', 'components', 'member-card.scss')
// Taro's H5 pxtransform with designWidth 750: 40 design px = 1rem (its script in index.html sets the rem).
const DESIGN_PX_PER_REM = 40

/** member-card.scss as the shell's CSS: flat rules only, so a change that this cannot follow fails the build. */
export function bootShellCardCss(scss = readFileSync(CARD_SCSS, 'utf8')): string {
  const css = scss.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
  if (/[$@&]/.test(css)) throw new Error('member-card.scss uses SCSS features the boot shell cannot copy: keep it flat CSS')
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  const rest = css.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim()
  if (rules.length === 0 || rest) throw new Error('member-card.scss: nested or unparsable rules for the boot shell')
  return rules
    .map(([, selector, body]) => {
      const scoped = selector.split(',').map((s) => `#boot-shell ${s.trim()}`).join(',')
      const decls = body.replace(/(\d*\.?\d+)px/g, (_, n: string) => `${Number(n) / DESIGN_PX_PER_REM}rem`).replace(/\s+/g, ' ').trim()
      return `${scoped}{${decls}}`
    })
    .join('')
}

/**
 * `paintBootShell(me, growth, levels)`: the three answers' JSON bodies (or null). Paints only
 * when the growth and levels answers are well formed (a bad answer leaves the skeleton, and the
 * app says what went wrong); /me missing paints the card as the app does, without name and phone.
 * Plain ES5, text set with textContent only.
 */
export function bootShellPainterScript(): string {
  return `window.paintBootShell = function (me, growth, levels) {
  var THEMES = ${JSON.stringify(LEVEL_THEME)}
  var shell = document.getElementById('boot-shell')
  var slot = shell && shell.querySelector('.card')
  if (!slot || !growth || !levels || !levels.levels || !levels.levels.length) return
  var list = levels.levels, level = null, i
  for (i = 0; i < list.length; i++) {
    var l = list[i]
    if (!l || typeof l.code !== 'string' || typeof l.name !== 'string' || typeof l.rank !== 'number') return
    if (l.code === growth.levelCode) level = l
  }
  var theme = level && THEMES[level.code]
  if (!theme) return
  var expiry
  if (growth.levelExpiresAt === null) expiry = '基础等级长期有效'
  else {
    var at = typeof growth.levelExpiresAt === 'string' ? Date.parse(growth.levelExpiresAt) : NaN
    if (isNaN(at)) return
    var d = new Date(at + 8 * 3600 * 1000) // Asia/Shanghai has no daylight saving
    expiry = '等级有效期至 ' + d.getUTCFullYear() + '年' + (d.getUTCMonth() + 1) + '月' + d.getUTCDate() + '日'
  }
  var member = me && me.member && typeof me.member.nickname === 'string' && typeof me.member.phoneMasked === 'string' ? me.member : null
  var el = function (tag, cls, text, parent) {
    var e = document.createElement(tag)
    e.className = cls
    if (text != null) e.textContent = text
    parent.appendChild(e)
    return e
  }
  var card = document.createElement('div')
  card.className = 'member-card'
  card.setAttribute('style', 'background-image: linear-gradient(135deg, ' + theme.from + ', ' + theme.to + ')')
  var top = el('div', 'member-card__top', null, card)
  el('span', 'member-card__nickname', member ? member.nickname : '我的会员卡', top)
  if (member) el('span', 'member-card__phone', member.phoneMasked, top)
  el('span', 'member-card__caption', '当前等级', card)
  el('span', 'member-card__level', level.name, card).setAttribute('data-testid', 'level-name')
  el('span', 'member-card__aipl', '第 ' + level.rank + '/' + list.length + ' 级', card).style.color = theme.accent
  var steps = el('div', 'member-card__steps', null, card)
  for (i = 0; i < list.length; i++) {
    var reached = list[i].rank <= level.rank
    var step = el('div', 'member-card__step' + (reached ? ' member-card__step--reached' : ''), null, steps)
    var dot = el('span', 'member-card__dot', null, step)
    if (reached) dot.style.background = theme.accent
    el('span', 'member-card__step-name', list[i].name, step)
  }
  el('span', 'member-card__expiry', expiry, card)
  shell.replaceChild(card, slot)
  shell.setAttribute('data-painted', 'level')
  shell.setAttribute('aria-label', (member ? member.nickname + '，' : '') + '当前等级 ' + level.name + '，正在加载')
}`
}

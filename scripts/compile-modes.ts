// Writes the devtools' compile modes (编译模式) of each mini-program from the persona list, the
// main pages and the scenarios, so a tester picks 券多·券包 from the dropdown and the simulator
// opens there with that persona (the launch query, read by src/services/mock-launch.ts).
//   npx tsx scripts/compile-modes.ts          writes the files
//   test/unit/compile-modes.test.ts           fails when a file is not what this writes
// WeChat and Douyin: `condition.miniprogram.list` in project.config.json / project.tt.json.
// Alipay: compileMode.alipay.json, copied by the build to dist/alipay/.mini-ide/compileMode.json.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PERSONA_IDS } from '../mock/personas/persona-ids'

export const ROOT = path.resolve(__dirname, '..')

export interface CompileMode {
  name: string
  page: string
  query: string
}

/** Short Chinese names testers know the personas by, as the issue and the console call them. */
const PERSONA_NAMES: Record<(typeof PERSONA_IDS)[number] | 'visitor', string> = {
  newcomer: '新人',
  'first-buyer': '首购',
  active: '积极互动',
  cocreator: '核心共创',
  'at-risk': '保级风险',
  'coupon-rich': '券多',
  visitor: '访客',
}

const HOME = 'pages/home/index'

export function compileModes(): CompileMode[] {
  const homes = [...PERSONA_IDS, 'visitor' as const].map((id) => ({ name: `${PERSONA_NAMES[id]}·首页`, page: HOME, query: `persona=${id}` }))
  return [
    ...homes,
    { name: '券多·券包', page: 'pages/coupons/index', query: 'persona=coupon-rich' },
    { name: '核心共创·共创任务', page: 'pages/cocreation-record/index', query: 'persona=cocreator' },
    { name: '核心共创·邀请', page: 'pages/invites/index', query: 'persona=cocreator' },
    { name: '保级风险·权益', page: 'pages/rights/index', query: 'persona=at-risk' },
    { name: '保级风险·8天后', page: HOME, query: 'persona=at-risk&clock=+8d' },
    { name: '首页·网络抖动', page: HOME, query: 'scenario=flaky' },
    { name: '首页·响应很慢', page: HOME, query: 'scenario=slow' },
    { name: '首页·数据异常', page: HOME, query: 'scenario=malformed' },
    { name: '券包·后端宕机', page: 'pages/coupons/index', query: 'persona=coupon-rich&scenario=down@/coupons' },
    { name: '门店核销', page: 'pages/store-counter/index', query: '' },
    { name: '测试面板', page: 'pages/tester/index', query: 'tester=1' },
  ]
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Every generated file: its path from the repo root and the text it must hold. */
export function renderFiles(read: (file: string) => string = (f) => readFileSync(path.join(ROOT, f), 'utf8')): Record<string, string> {
  const modes = compileModes()
  // WeChat's and Douyin's project files: only `condition` is ours, the rest is kept as written.
  const withCondition = (file: string) => {
    const project = JSON.parse(read(file)) as Record<string, unknown>
    project.condition = {
      miniprogram: {
        list: modes.map((m) => ({ name: m.name, pathName: m.page, query: m.query, launchMode: 'default', scene: null })),
      },
    }
    return json(project)
  }
  return {
    'project.config.json': withCondition('project.config.json'),
    'project.tt.json': withCondition('project.tt.json'),
    'compileMode.alipay.json': json({ modes: modes.map((m) => ({ title: m.name, page: m.page, pageQuery: m.query })) }),
  }
}

if (require.main === module) {
  for (const [file, text] of Object.entries(renderFiles())) writeFileSync(path.join(ROOT, file), text)
  console.log(`compile modes: ${compileModes().length} written to ${Object.keys(renderFiles()).join(', ')}`)
}

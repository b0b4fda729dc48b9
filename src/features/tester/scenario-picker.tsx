import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SCENARIOS, type Scenario, type ScenarioSpec } from '@/services/mock-session'
import { Chip, Section } from './parts'

const SCENARIO_LABELS: Record<Scenario, string> = {
  slow: '慢 (≥2 秒)',
  flaky: '时好时坏',
  down: '服务宕机',
  malformed: '数据异常',
  timeout: '超时无应答',
}

/** Path prefixes a tester can aim a scenario at; each is a screen's own data. */
export const SCENARIO_TARGETS: Array<[string | null, string]> = [
  [null, '全部接口'],
  ['/me', '会员与成长 /me'],
  ['/levels', '等级 /levels'],
  ['/rights', '权益 /rights'],
  ['/coupons', '券包 /coupons'],
  ['/coupon-templates', '领券 /coupon-templates'],
  ['/invites', '邀请 /invites'],
]

function splitRule(rule: string): { scenario: Scenario; target: string | null } {
  const at = rule.indexOf('@')
  return at === -1 ? { scenario: rule as Scenario, target: null } : { scenario: rule.slice(0, at) as Scenario, target: rule.slice(at + 1) }
}

/** `down@/coupons,flaky@/me` → 服务宕机（/coupons）+ 时好时坏（/me）. */
export function describeScenario(spec: ScenarioSpec | null): string {
  if (!spec) return '正常'
  return spec
    .split(',')
    .map(splitRule)
    .map(({ scenario, target }) => `${SCENARIO_LABELS[scenario] ?? scenario}${target ? `（${target}）` : ''}`)
    .join(' + ')
}

/** 网络场景: one scenario, for every path or aimed at one screen's endpoints (several via ?scenario=). */
export function ScenarioPicker({ scenario, onChoose }: { scenario: ScenarioSpec | null; onChoose: (spec: ScenarioSpec | null) => void }) {
  const single = scenario && !scenario.includes(',') ? splitRule(scenario) : null
  const [target, setTarget] = useState<string | null>(single?.target ?? null)
  const apply = (name: Scenario | null, at: string | null) => onChoose(name ? (at ? `${name}@${at}` : name) : null)

  return (
    <Section title='网络场景'>
      <View className='tester__row'>
        <Chip label='正常' active={!scenario} onClick={() => apply(null, target)} />
        {SCENARIOS.map((s) => (
          <Chip key={s} label={SCENARIO_LABELS[s]} active={single?.scenario === s} onClick={() => apply(s, target)} />
        ))}
      </View>
      <Text className='tester__note'>作用于</Text>
      <View className='tester__row'>
        {SCENARIO_TARGETS.map(([path, label]) => (
          <Chip
            key={label}
            label={label}
            active={target === path}
            onClick={() => {
              setTarget(path)
              // Moving the target of the running scenario re-aims it at once.
              if (single) apply(single.scenario, path)
            }}
          />
        ))}
      </View>
      {scenario?.includes(',') && <Text className='tester__note'>当前组合：{scenario}</Text>}
    </Section>
  )
}

import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { formatShanghai } from '@/lib/format'
import { launchReport } from '@/services/mock-launch'
import { STORE_COUNTER_ROUTE, appHasPage, buildInfo, yuanToFen } from './build-info'
import { TesterSignIn } from './tester-sign-in'
import { CocreationTools } from './cocreation-tools'
import { useMockSession } from './use-mock-session'
import { Chip, Section } from './parts'
import { ScenarioPicker, describeScenario } from './scenario-picker'
import { RequestLogView } from './request-log-view'
import { StateCodePanel } from './state-code-panel'
import { useTesterActions } from './use-tester-actions'
import './tester.scss'

const CLOCK_STEPS: Array<[string, number | null]> = [['+1 天', 1], ['+30 天', 30], ['+1 年', 365], ['回到真实时间', null]]

/** 测试面板: put the mock app into any state in seconds. Mock builds only. */
export function TesterConsole() {
  const { persona, scenario } = useMockSession()
  const actions = useTesterActions()
  const [amount, setAmount] = useState('100')
  if (!__MOCK__) return <Text className='tester__note'>测试面板只在演示数据版本中可用。</Text>

  const info = buildInfo()
  const fen = yuanToFen(amount)
  const counterReady = appHasPage(STORE_COUNTER_ROUTE)
  const { personas, clock, busy } = actions

  return (
    <View className='tester'>
      <View className='tester__row'>
        <Chip label='‹ 返回' onClick={leaveConsole} />
      </View>
      <View className='tester__status' {...a11y(undefined, 'status')}>
        <LaunchLine />
        <Text>当前身份：{persona} · 场景：{describeScenario(scenario)}</Text>
        {/* The launch query's words for what is on now: paste after a page path in a compile mode or an address. */}
        <Text className='tester__note' userSelect>启动参数写法：persona={persona}{scenario ? `&scenario=${scenario}` : ''}</Text>
        {actions.message && <Text className='tester__message'>{actions.message}</Text>}
      </View>

      <Section title='切换身份'>
        {!personas && <Text className='tester__note'>正在加载身份列表…</Text>}
        {personas?.map((p) => (
          // The whole card takes the tap; the button is its id line, so the name (切换到 id) holds all
          // the button's visible text and the description is read after it.
          <View key={p.id} className={`tester__persona${p.id === persona ? ' tester__persona--on' : ''}`} onClick={() => actions.choosePersona(p.id)} data-persona={p.id}>
            <Text className='tester__persona-id' {...a11y(`切换到 ${p.id}`, 'button', { pressed: p.id === persona })}>{p.id}{p.id === persona ? '（当前）' : ''}</Text>
            <Text className='tester__persona-desc'>{p.description}</Text>
          </View>
        ))}
      </Section>

      <TesterSignIn persona={persona} />

      <ScenarioPicker scenario={scenario} onChoose={actions.chooseScenario} />

      <Section title='成长事件'>
        <View className='tester__row'>
          <Text>消费 ¥</Text>
          <Input className='tester__input' type='digit' value={amount} onInput={(e) => setAmount(e.detail.value)} ariaLabel='消费金额（元）' nativeProps={{ 'aria-label': '消费金额（元）' }} />
          <Chip label='记一笔消费' disabled={busy || fen === null} onClick={() => fen && actions.postEvent({ type: 'purchase', amountFen: fen }, `消费 ¥${amount}`)} />
        </View>
        <View className='tester__row'>
          <Chip label='互动 +1' disabled={busy} onClick={() => actions.postEvent({ type: 'interaction' }, '互动 +1')} />
          <Chip label='分享 +1' disabled={busy} onClick={() => actions.postEvent({ type: 'share' }, '分享 +1')} />
        </View>
        <View className='tester__row'>
          <Chip label='以店员身份记一笔消费' disabled={busy || fen === null} onClick={() => fen && actions.purchaseAsClerk(fen)} />
          <Chip label='打开分享链接' disabled={busy} onClick={() => actions.openShareAsAnother()} />
        </View>
      </Section>

      <Section title='后端时钟'>
        <Text className='tester__note'>
          {clock ? `${formatShanghai(clock.now, 'YYYY-MM-DD HH:mm')}${clock.realTime ? '（真实时间）' : '（已调整）'}` : '—'}
        </Text>
        <View className='tester__row'>
          {CLOCK_STEPS.map(([label, days]) => (
            <Chip key={label} label={label} disabled={busy} onClick={() => actions.moveClock(days, label)} />
          ))}
        </View>
      </Section>

      <Section title='共创'>
        <CocreationTools />
      </Section>

      <Section title='重置'>
        <View className='tester__row'>
          <Chip label='重置当前身份' disabled={busy} onClick={() => actions.reset('member')} />
          <Chip label='全部重置' disabled={busy} onClick={() => actions.reset('all')} />
        </View>
      </Section>

      <Section title='门店核销台'>
        <Chip label='打开门店核销台' disabled={!counterReady} onClick={() => void Taro.navigateTo({ url: STORE_COUNTER_ROUTE })} />
        {!counterReady && <Text className='tester__note'>核销台页面尚未加入本版本。</Text>}
      </Section>

      <StateCodePanel onDone={actions.done} />

      <RequestLogView />

      <Section title='构建信息'>
        <Text className='tester__note'>版本 v{info.version} · {info.env} · 演示数据{info.mock ? '开' : '关'}</Text>
        <Text className='tester__note'>接口地址：{info.apiBase}</Text>
      </Section>
    </View>
  )
}

/** What the launch (address or launch query) applied and refused: the console's first line. */
function LaunchLine() {
  const { applied, refused } = launchReport()
  if (applied.length === 0 && refused.length === 0) return null
  return (
    <Text className='tester__launch'>
      启动时已应用：{applied.length ? applied.join(' · ') : '无'}
      {refused.length > 0 && `；已忽略：${refused.join('；')}`}
    </Text>
  )
}

/**
 * The way back: to the page the console was opened from, or (opened by `?tester=1` or a launch query,
 * nothing below it) to the home, inside the app: no reload, so what was just chosen stays.
 */
function leaveConsole() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: '/pages/home/index' })
}

#!/usr/bin/env node
// `npm test`: every check in order — lint, OpenAPI lint, typecheck, unit tests, weapp build + output check,
// Chromium, the member builds (MOCK=off), e2e — carrying on after a failure, then a summary table and `N passed, M failed`.
// Jest steps count their tests (read from --json output); every other step counts as one check.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const tmp = mkdtempSync(path.join(tmpdir(), 'member-circle-test-'))
const jsonOut = (name) => path.join(tmp, `${name}.json`)

const steps = [
  { name: 'lint', cmd: [bin('eslint'), '.'] },
  // The OpenAPI contract a brand's backend implements, under Redocly's recommended rules (offline: no telemetry, no update check).
  { name: 'openapi lint', cmd: ['npm', 'run', '--silent', 'lint:openapi'] },
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'unit', cmd: [bin('jest'), '--json', `--outputFile=${jsonOut('unit')}`], jest: 'unit' },
  { name: 'weapp build', cmd: ['npm', 'run', '--silent', 'build:weapp'] },
  // Alipay and Douyin mock builds (~20–40 s each); the weapp step below boots them under `my` / `tt`.
  { name: 'alipay + tt builds', cmd: ['sh', '-c', 'npm run --silent build:alipay && npm run --silent build:tt'] },
  {
    name: 'weapp output',
    cmd: [bin('jest'), '-c', 'test/weapp/jest.weapp.config.js', '--json', `--outputFile=${jsonOut('weapp')}`],
    jest: 'weapp',
    needs: 'weapp build',
  },
  { name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  // The shipped builds (MOCK=off): member weapp + H5 and the counter, built in parallel, free of mock code.
  {
    name: 'member builds',
    cmd: [bin('jest'), '-c', 'test/member-build/jest.member-build.config.js', '--json', `--outputFile=${jsonOut('member-build')}`],
    jest: 'member-build',
  },
  { name: 'e2e', cmd: [bin('jest'), '-c', 'test/e2e/jest.e2e.config.js', '--json', `--outputFile=${jsonOut('e2e')}`], jest: 'e2e' },
]

function jestCounts(file) {
  if (!existsSync(file)) return null
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'))
    return { passed: r.numPassedTests, failed: r.numFailedTests, broken: r.numRuntimeErrorTestSuites }
  } catch {
    return null
  }
}

const results = []
for (const step of steps) {
  const blocker = step.needs && results.find((r) => r.name === step.needs && r.status !== 'pass')
  if (blocker) {
    console.log(`\n━━ ${step.name}: skipped (${step.needs} failed)`)
    results.push({ name: step.name, status: 'skip', seconds: 0, passed: 0, failed: 0, note: `${step.needs} failed` })
    continue
  }
  const [cmd, ...args] = step.cmd
  console.log(`\n━━ ${step.name}: ${[path.relative(root, cmd) || cmd, ...args.filter((a) => !a.startsWith('--outputFile'))].join(' ')}`)
  const started = Date.now()
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env })
  const seconds = (Date.now() - started) / 1000
  const ok = run.status === 0
  let note = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : ok ? '' : `exit ${run.status}`
  let passed = ok ? 1 : 0
  let failed = ok ? 0 : 1
  if (step.jest) {
    const counts = jestCounts(jsonOut(step.jest))
    if (counts) {
      passed = counts.passed
      // A failing run always counts at least one failure (a suite that would not load, a setup error…).
      failed = Math.max(counts.failed + counts.broken, ok ? 0 : 1)
      note = [`tests: ${counts.passed} passed`, counts.failed && `${counts.failed} failed`, counts.broken && `${counts.broken} suites broken`, note]
        .filter(Boolean)
        .join(', ')
    } else if (!ok) {
      note = `${note}, no test results (setup failed?)`
    }
  }
  results.push({ name: step.name, status: ok ? 'pass' : 'FAIL', seconds, passed, failed, note })
}
rmSync(tmp, { recursive: true, force: true })

const rows = results.map((r) => [r.name, r.status, r.seconds.toFixed(1), r.note])
const head = ['step', 'result', 'seconds', 'details']
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
const line = (cells) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()
console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`)
for (const row of rows) console.log(line(row))
const total = results.reduce((s, r) => s + r.seconds, 0)
console.log(`${'─'.repeat(widths[0])}\ntotal ${total.toFixed(1)}s (jest steps count their tests; other steps count as one check each)\n`)

const passed = results.reduce((s, r) => s + r.passed, 0)
const failed = results.reduce((s, r) => s + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 || results.some((r) => r.status !== 'pass') ? 1 : 0

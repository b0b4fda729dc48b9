// `npm start`: everything a tester needs from one command. Builds the weapp (open the repo root
// in WeChat devtools: project.config.json points at dist/weapp/) and the H5 site, serves H5 on
// 127.0.0.1 with its in-page mock backend, and starts the HTTP mock server for devtools with a
// real network or phones on the same network.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { startStaticServer } from './lib/static-server'

const root = path.resolve(__dirname, '..')
const h5Port = Number(process.env.PORT ?? 10086)
const mockPort = Number(process.env.MOCK_PORT ?? 3100)

function build(target: 'weapp' | 'h5'): void {
  const started = Date.now()
  process.stdout.write(`building ${target}… `)
  const run = spawnSync('npm', ['run', '--silent', `build:${target}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (run.status !== 0) {
    process.stdout.write('failed\n')
    const log = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    console.error(log.split('\n').slice(-40).join('\n'))
    process.exit(1)
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
}

async function main(): Promise<void> {
  build('weapp')
  build('h5')
  const site = await startStaticServer(path.join(root, 'dist', 'h5'), h5Port)
  const mock = spawn(process.execPath, [require.resolve('tsx/cli'), 'mock/server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MOCK_PORT: String(mockPort) },
  })
  console.log(`
  H5 (mock backend in the page):  ${site.url}/
    persona:   ${site.url}/?persona=cocreator   (newcomer, first-buyer, active, cocreator, at-risk, coupon-rich)
    scenario:  ${site.url}/?scenario=down       (slow, flaky, down, malformed)
    tester:    ${site.url}/?tester=1
  weapp:       open this folder in WeChat devtools (project.config.json → dist/weapp/)
  HTTP mock:   http://127.0.0.1:${mockPort}/api/v1
  Ctrl-C to stop.`)
  const stop = () => {
    mock.kill('SIGTERM')
    void site.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

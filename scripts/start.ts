// `npm start`: everything a tester needs from one command. Builds the weapp (open the repo root
// in WeChat devtools: project.config.json points at dist/weapp/) and the H5 site, serves H5 on
// 127.0.0.1 with its in-page mock backend, and starts the HTTP mock server for devtools with a
// real network. `npm start -- --lan` (or HOST=0.0.0.0) serves both on every interface and prints
// the LAN addresses with a QR code, for phones on the same Wi-Fi (PERSONA picks whom they open as).
import { spawn, spawnSync } from 'node:child_process'
import { networkInterfaces } from 'node:os'
import path from 'node:path'
import { chooseHost, lanAddresses, lanBanner, ALL_INTERFACES } from './lib/lan'
import { startStaticServer } from './lib/static-server'

const root = path.resolve(__dirname, '..')
const h5Port = Number(process.env.PORT ?? 10086)
const mockPort = Number(process.env.MOCK_PORT ?? 3100)
const host = chooseHost(process.argv.slice(2), process.env)

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
  const site = await startStaticServer(path.join(root, 'dist', 'h5'), h5Port, { host })
  const mock = spawn(process.execPath, [require.resolve('tsx/cli'), 'mock/server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MOCK_PORT: String(mockPort), MOCK_HOST: host },
  })
  console.log(`
  H5 (mock backend in the page):  ${site.url}/
    persona:   ${site.url}/?persona=cocreator   (newcomer, first-buyer, active, cocreator, at-risk, coupon-rich)
    scenario:  ${site.url}/?scenario=down       (slow, flaky, down, malformed)
    tester:    ${site.url}/?tester=1
  weapp:       open this folder in WeChat devtools (project.config.json → dist/weapp/)
  HTTP mock:   http://127.0.0.1:${mockPort}/api/v1
  Ctrl-C to stop.`)
  if (host === ALL_INTERFACES) {
    console.log(`\n${lanBanner(lanAddresses(networkInterfaces()), h5Port, mockPort, process.env.PERSONA || 'active')}`)
  } else {
    console.log('  Phones on the same Wi-Fi: npm start -- --lan')
  }
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

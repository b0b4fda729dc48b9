import { startMockServer } from './start-mock-server'

/**
 * `npm run mock:server`: the fake backend on 127.0.0.1, port MOCK_PORT (default 3100);
 * MOCK_HOST=0.0.0.0 (what `npm start -- --lan` sets) serves phones on the same network too.
 */
async function main(): Promise<void> {
  const port = Number(process.env.MOCK_PORT ?? 3100)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`MOCK_PORT 无效：${process.env.MOCK_PORT}`)
  const running = await startMockServer({ port, host: process.env.MOCK_HOST || '127.0.0.1' })
  console.log(`member-circle mock backend: ${running.url}/api/v1`)
  const stop = () => {
    void running.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

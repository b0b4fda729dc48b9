// Runs production builds of the shipped apps at once (they are mostly single-threaded, so two
// cores overlap them well), each into its own OUTPUT_ROOT, never touching dist/.
import { spawn } from 'node:child_process'
import path from 'node:path'

export const repo = path.resolve(__dirname, '..', '..')

export interface BuildSpec {
  label: string
  type: 'weapp' | 'h5'
  outDir: string
  env: Record<string, string>
}

function runBuild(spec: BuildSpec): Promise<number> {
  const started = Date.now()
  const env: NodeJS.ProcessEnv = { ...process.env, ...spec.env, OUTPUT_ROOT: spec.outDir }
  delete env.NODE_ENV // production, as a brand builds it
  const taro = path.join(repo, 'node_modules', '.bin', 'taro')
  return new Promise((resolve, reject) => {
    const child = spawn(taro, ['build', '--type', spec.type], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-200_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      if (code === 0) return resolve(Date.now() - started)
      const text = log.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
      const at = text.search(/✖ Errors|ERROR in |Error: /)
      reject(new Error(`${spec.label} build failed after ${seconds}s (exit ${code}):\n${(at >= 0 ? text.slice(at) : text.slice(-4000)).slice(0, 4000)}`))
    })
  })
}

/** Builds every spec in parallel; resolves with each one's seconds, rejects with the first failure's log. */
export async function buildAll(specs: BuildSpec[]): Promise<Record<string, number>> {
  const times = await Promise.all(specs.map((s) => runBuild(s)))
  return Object.fromEntries(specs.map((s, i) => [s.label, times[i] / 1000]))
}

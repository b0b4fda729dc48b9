// Runs production Taro builds side by side (each is mostly single-threaded, so on two cores two at
// a time overlap well), each into its own OUTPUT_ROOT. Used by the member-build check and the bench.
import { spawn } from 'node:child_process'
import path from 'node:path'

export const repo = path.resolve(__dirname, '..', '..')

export interface BuildSpec {
  label: string
  type: 'weapp' | 'h5' | 'alipay' | 'tt'
  /** Where the output goes (OUTPUT_ROOT); ignored by a project whose config fixes it (the bare app). */
  outDir?: string
  env: Record<string, string>
  /** The Taro project to build; the repo by default. */
  cwd?: string
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')

function runBuild(spec: BuildSpec): Promise<number> {
  const started = Date.now()
  const env: NodeJS.ProcessEnv = { ...process.env, ...spec.env }
  for (const key of ['NODE_ENV', 'MOCK', 'API_BASE', 'APP', 'OUTPUT_ROOT']) if (!(key in spec.env)) delete env[key] // production, as shipped
  if (spec.outDir) env.OUTPUT_ROOT = spec.outDir
  const taro = path.join(repo, 'node_modules', '.bin', 'taro')
  return new Promise((resolve, reject) => {
    const child = spawn(taro, ['build', '--type', spec.type], { cwd: spec.cwd ?? repo, env, stdio: ['ignore', 'pipe', 'pipe'] })
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
      const text = stripAnsi(log)
      const at = text.search(/✖ Errors|ERROR in |Error: /)
      reject(new Error(`${spec.label} build failed after ${seconds}s (exit ${code}):\n${(at >= 0 ? text.slice(at) : text.slice(-4000)).slice(0, 4000)}`))
    })
  })
}

/**
 * Builds every spec, at most `parallel` at once; resolves with each one's seconds, rejects with the
 * first failure's log.
 */
export async function buildAll(specs: BuildSpec[], parallel = specs.length): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {}
  const queue = [...specs]
  const worker = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) seconds[spec.label] = (await runBuild(spec)) / 1000
  }
  await Promise.all(Array.from({ length: Math.min(parallel, specs.length) }, worker))
  return seconds
}

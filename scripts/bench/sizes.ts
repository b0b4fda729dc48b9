// Byte counts for the bench: the weapp main package and gzipped JS of the H5 build.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? filesUnder(full) : d.isFile() ? [full] : []
  })
}

export interface PackageSize {
  bytes: number
  largest: { file: string; bytes: number }[]
}

/** Sum of file bytes of a weapp build's main package: everything but source maps and any subpackage roots. */
export function weappMainPackage(distDir: string): PackageSize {
  const appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subpackages?: { root: string }[]
    subPackages?: { root: string }[]
  }
  const subRoots = [...(appJson.subpackages ?? []), ...(appJson.subPackages ?? [])].map((p) => path.join(distDir, p.root) + path.sep)
  const files = filesUnder(distDir)
    .filter((f) => !f.endsWith('.map') && !subRoots.some((root) => f.startsWith(root)))
    .map((f) => ({ file: path.relative(distDir, f), bytes: statSync(f).size }))
    .sort((a, b) => b.bytes - a.bytes)
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), largest: files.slice(0, 5) }
}

/** gzip -9 size of a built file, as a CDN would serve it. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

import type { ChunkGroup, Compilation, Module } from 'webpack'

/**
 * The files (scripts and styles) of the async chunks Taro's H5 router loads for one page, beyond
 * the entry's own. src/index.html preloads the home page's with the app's scripts: otherwise the
 * router asks for them only once app.js has run (at 4× CPU, hundreds of milliseconds later), and
 * the level waits for that download.
 */
export function routeChunkFiles(compilation: Compilation, pagePath: string): string[] {
  const ending = new RegExp(`[\\\\/]src[\\\\/]${pagePath.replace(/\//g, '[\\\\/]')}\\.[jt]sx?$`)
  const names = (m: Module): string[] => {
    const inner = (m as Module & { modules?: Module[] }).modules ?? []
    return [m.nameForCondition() ?? '', ...inner.map((x) => x.nameForCondition() ?? '')]
  }
  const isPage = (m: Module) => names(m).some((n) => ending.test(n))
  const group = compilation.chunkGroups.find(
    (g) => !g.isInitial() && g.chunks.some((chunk) => [...compilation.chunkGraph.getChunkModulesIterable(chunk)].some(isPage)),
  )
  return group ? asyncFiles(compilation, group) : []
}

/** The files of a chunk named by webpackChunkName (the mock build's "mock-backend"). */
export function namedChunkFiles(compilation: Compilation, name: string): string[] {
  const group = compilation.namedChunkGroups.get(name)
  return group ? asyncFiles(compilation, group) : []
}

/** The scripts of an entry point (its own chunk and the split chunks it needs), in load order. */
export function entryFiles(compilation: Compilation, name: string): string[] {
  const publicPath = typeof compilation.outputOptions.publicPath === 'string' ? compilation.outputOptions.publicPath : '/'
  const entry = compilation.entrypoints.get(name)
  return entry ? entry.getFiles().filter((file) => file.endsWith('.js')).map((file) => `${publicPath}${file}`) : []
}

function asyncFiles(compilation: Compilation, group: ChunkGroup): string[] {
  const initial = new Set(compilation.chunkGroups.filter((g) => g.isInitial()).flatMap((g) => g.chunks))
  const publicPath = typeof compilation.outputOptions.publicPath === 'string' ? compilation.outputOptions.publicPath : '/'
  return group.chunks
    .filter((chunk) => !initial.has(chunk))
    .flatMap((chunk) => [...chunk.files])
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `${publicPath}${file}`)
}

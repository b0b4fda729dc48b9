import type { Compiler, EntryNormalized } from 'webpack'

/** The entry's chunk name: "mock-backend…" marks it as mock code for the bench and the member-build checks. */
export const MOCK_SHELL_ENTRY = 'mock-backend-shell'

/**
 * H5 mock builds: mock/browser-shell.ts as a webpack entry of its own, which the app entry depends
 * on. It runs as its own script before app.js (index.html boots it first), so the HTML shell can
 * paint the member card from the in-page fake backend a frame before app.js's long first run; and
 * as the app depends on it, the modules they share (the fake backend) load and run once, and the
 * webpack runtime comes with it. Taro's chain has no entry descriptors, so this edits the entry
 * option before webpack reads it.
 */
export class MockShellEntryPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    const entry = compiler.options.entry as EntryNormalized
    if (typeof entry === 'function' || !entry.app) throw new Error('MockShellEntryPlugin: expected Taro\'s static `app` entry')
    entry[MOCK_SHELL_ENTRY] = { import: [this.file] }
    entry.app = { ...entry.app, dependOn: [...(entry.app.dependOn ?? []), MOCK_SHELL_ENTRY] }
  }
}

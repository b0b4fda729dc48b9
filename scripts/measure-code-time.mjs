#!/usr/bin/env node
// Time from tapping a coupon in the H5 wallet to a visible code, median of 5 runs, in Chromium.
// Builds H5 unless E2E_SKIP_BUILD=1. Usage: node scripts/measure-code-time.mjs
import { spawnSync } from 'node:child_process'

const res = spawnSync('npx', ['jest', '-c', 'test/e2e/jest.e2e.config.js', 'test/e2e/coupon-code.e2e.test.ts', '-t', 'measures tap-to-code'], {
  encoding: 'utf8',
  env: process.env,
  maxBuffer: 64 * 1024 * 1024,
})
const out = `${res.stdout}\n${res.stderr}`
const line = out.split('\n').find((l) => l.includes('[measure]'))
console.log(line ? line.trim() : out.split('\n').slice(-40).join('\n'))
process.exit(res.status ?? 1)

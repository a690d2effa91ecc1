// The FAQ model's load cost in `ask`: loadFaq on the built dist/kb-model.bin (the fast path: KB unchanged since
// the build), in a fresh process each time, median of N. Run after `npm run build`: npx jiti bench/model/load-time.ts [N=9]
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const N = Number(process.argv[2] ?? 9)
if (process.env.LOAD_TIME_CHILD === '1') {
  const { loadFaq } = await import('../../src/data/kb.js')
  const model = fileURLToPath(new URL('../../dist/kb-model.bin', import.meta.url))
  const t0 = performance.now()
  const faq = await loadFaq(undefined, model)
  const ms = performance.now() - t0
  if (!faq.fromBuild) throw new Error('dist/kb-model.bin was not used: run npm run build')
  console.log(ms.toFixed(2))
} else {
  const times: number[] = []
  for (let i = 0; i < N; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../node_modules/jiti/lib/jiti-cli.mjs', import.meta.url)), fileURLToPath(import.meta.url)], { env: { ...process.env, LOAD_TIME_CHILD: '1' }, encoding: 'utf8' })
    times.push(Number(r.stdout.trim()))
  }
  times.sort((a, b) => a - b)
  console.log(`loadFaq (dist/kb-model.bin): median ${times[Math.floor(N / 2)]!.toFixed(2)} ms of ${N} fresh processes (min ${times[0]!.toFixed(2)}, max ${times[N - 1]!.toFixed(2)})`)
}

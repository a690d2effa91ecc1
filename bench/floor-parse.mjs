// Floor for what `jq -c .` does, in Node: parse each line as JSON and write it back compact (bench/run.mjs).
import { createReadStream } from 'node:fs'

let rest = ''
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const text = rest + chunk
  const end = text.lastIndexOf('\n') + 1
  rest = text.slice(end)
  let out = ''
  for (let start = 0; start < end; ) {
    const nl = text.indexOf('\n', start)
    out += JSON.stringify(JSON.parse(text.slice(start, nl))) + '\n'
    start = nl + 1
  }
  if (!process.stdout.write(out)) await new Promise((res) => process.stdout.once('drain', res))
}
if (rest.trim() !== '') process.stdout.write(JSON.stringify(JSON.parse(rest)) + '\n')

// The speed peer: @node-rs/jieba 2.0.3 (jieba-rs) doing the same job as `yiwugraph segment` —
// read a UTF-8 file, cut each line, write tokens joined by a space (whitespace-only tokens dropped).
// Usage: NODE_PATH=/tmp/peer/node_modules node peer-jieba.js cut|tag INPUT OUTPUT
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const [mode, input, output] = process.argv.slice(2);
const jieba = Jieba.withDict(dict);
const lines = fs.readFileSync(input, 'utf8').split(/\r\n|\r|\n/);
if (lines.length && lines[lines.length - 1] === '') lines.pop();
const out = new Array(lines.length);
for (let i = 0; i < lines.length; i++) {
  if (mode === 'tag') {
    out[i] = jieba.tag(lines[i], true).filter(t => t.word.trim()).map(t => t.word + '/' + t.tag).join(' ');
  } else {
    out[i] = jieba.cut(lines[i], true).filter(w => w.trim()).join(' ');
  }
}
fs.writeFileSync(output, out.join('\n') + '\n');

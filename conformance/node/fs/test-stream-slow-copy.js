// A slow copy through a read stream and a write stream that stay open over
// many turns (a restart may come between any two: both carry on from their
// offsets on reopened descriptors).
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var rmrf = h.rmrf;
var dir = h.freshDir('stream-slow-copy');
var src = path.join(dir, 'src.txt');
var dst = path.join(dir, 'dst.txt');
var lines = [];
for (var i = 0; i < 30; i++) lines.push('line ' + i + ' of the slow copy');
var text = lines.join('\n') + '\n';
fs.writeFileSync(src, text);

var rs = fs.createReadStream(src, { highWaterMark: 64 });
var ws = fs.createWriteStream(dst);
var n = 0;
rs.on('data', function (chunk) {
  n++;
  ws.write(chunk);
  console.log('chunk ' + n + ' of ' + chunk.length + ' bytes');
  rs.pause();
  setTimeout(function () { rs.resume(); }, 10);
});
rs.on('end', function () {
  ws.end();
});
ws.on('close', function () {
  assert.strictEqual(n, Math.ceil(text.length / 64));
  assert.strictEqual(ws.bytesWritten, text.length);
  assert.strictEqual(fs.readFileSync(dst, 'utf8'), text);
  console.log('copied ' + ws.bytesWritten + ' bytes');
  rmrf(dir);
  assert.strictEqual(fs.existsSync(dir), false);
  console.log('cleaned up');
});

// binary: one byte per character (low byte), each byte back as U+0000-U+00FF.
var assert = require('assert');
var b = new Buffer('\u00ff\u00e9A\u0100', 'binary');
assert.deepEqual(Array.prototype.slice.call(b), [0xff, 0xe9, 0x41, 0x00]);
assert.strictEqual(b.toString('binary'), '\u00ff\u00e9A\u0000');
var all = new Buffer(256);
for (var i = 0; i < 256; i++) all[i] = i;
var s = all.toString('binary');
assert.strictEqual(s.length, 256);
for (i = 0; i < 256; i++) assert.strictEqual(s.charCodeAt(i), i);
assert.strictEqual(new Buffer(s, 'binary').toString('hex'), all.toString('hex'));
console.log('binary ok');

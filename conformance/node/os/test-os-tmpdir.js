var assert = require('assert');
var os = require('os');

assert.strictEqual(os.tmpdir, os.tmpDir);
var saved = [process.env.TMPDIR, process.env.TMP, process.env.TEMP];
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TEMP = '/temp'; assert.strictEqual(os.tmpdir(), '/temp');
process.env.TMP = '/tmp2'; assert.strictEqual(os.tmpdir(), '/tmp2');
process.env.TMPDIR = '/tmpdir'; assert.strictEqual(os.tmpdir(), '/tmpdir');
console.log('tmpdir ok');

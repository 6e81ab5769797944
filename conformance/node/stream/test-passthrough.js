// PassThrough outputs its input unchanged, in paused or flowing mode, in
// object mode too; it is a Transform, Duplex, Readable and Writable.
var assert = require('assert');
var stream = require('stream');

var pt = new stream.PassThrough();
assert.ok(pt instanceof stream.Transform);
assert.ok(pt instanceof stream.Duplex);
assert.ok(pt instanceof stream.Readable);
assert.ok(pt instanceof stream.Stream);
pt.write(new Buffer('foog'));
pt.write(new Buffer('bark'));
pt.write(new Buffer('bazy'));
pt.write(new Buffer('kuel'));
pt.end();
assert.strictEqual(pt.read(5).toString(), 'foogb');
assert.strictEqual(pt.read(5).toString(), 'arkba');
assert.strictEqual(pt.read(5).toString(), 'zykue');
assert.strictEqual(pt.read(5).toString(), 'l');
console.log('paused reads ok');

var opt = stream.PassThrough({ objectMode: true }); // works without new
opt.write(1);
opt.write({ x: true });
opt.write([3]);
assert.strictEqual(opt.read(), 1);
assert.deepEqual(opt.read(), { x: true });
assert.deepEqual(opt.read(), [3]);
console.log('object passthrough ok');

var fl = new stream.PassThrough();
var got = [];
fl.on('data', function (d) { got.push(d.toString()); });
fl.on('end', function () {
  assert.deepEqual(got, ['t1', 't2', 't3']);
  console.log('flowing passthrough ' + got.join(''));
});
var k = 0;
var iv = setInterval(function () {
  k++;
  fl.write('t' + k);
  if (k === 3) {
    clearInterval(iv);
    fl.end();
  }
}, 2);

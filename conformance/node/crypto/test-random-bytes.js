// randomBytes / pseudoRandomBytes: sizes, types, the async form and errors.
// (The bytes are a journaled input: a restarted program sees the same ones.)
var assert = require('assert');
var crypto = require('crypto');

var a = crypto.randomBytes(16);
var b = crypto.randomBytes(16);
assert.ok(Buffer.isBuffer(a));
assert.strictEqual(a.length, 16);
assert.notStrictEqual(a.toString('hex'), b.toString('hex'));
console.log('randomBytes sync ok');

assert.strictEqual(crypto.randomBytes(0).length, 0);
var big = crypto.randomBytes(200000);
assert.strictEqual(big.length, 200000);
// Not all zero, and the chunks differ from each other.
assert.notStrictEqual(big.slice(0, 32).toString('hex'), big.slice(65536, 65568).toString('hex'));
console.log('large randomBytes ok');

assert.strictEqual(crypto.pseudoRandomBytes(8).length, 8);
assert.strictEqual(crypto.rng, crypto.randomBytes);
assert.strictEqual(crypto.prng, crypto.pseudoRandomBytes);
console.log('pseudoRandomBytes ok');

var order = [];
var ret = crypto.randomBytes(32, function (err, buf) {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 32);
  order.push('callback');
});
assert.strictEqual(ret, undefined);
order.push('sync');

[-1, 1.5, '16', null, undefined, NaN, {}].forEach(function (bad) {
  assert.throws(function () { crypto.randomBytes(bad); }, function (e) {
    return e instanceof TypeError && e.message === 'size must be a number >= 0';
  });
});
assert.throws(function () { crypto.randomBytes(0x40000000); }, RangeError);
console.log('randomBytes argument errors ok');

// The values seen are stable for this run: hashing them twice agrees.
var h1 = crypto.createHash('sha1').update(a).digest('hex');
var h2 = crypto.createHash('sha1').update(a).digest('hex');
assert.strictEqual(h1, h2);

setTimeout(function () {
  assert.deepEqual(order, ['sync', 'callback']);
  console.log('randomBytes callback was asynchronous');
}, 1);

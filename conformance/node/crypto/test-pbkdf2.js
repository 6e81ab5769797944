// PBKDF2 known answers (RFC 6070 for sha1; Python's hashlib for the others).
var assert = require('assert');
var crypto = require('crypto');

assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20).toString('hex'),
  '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 2, 20).toString('hex'),
  'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 4096, 20).toString('hex'),
  '4b007901b765489abead49d926f721d065a429c1');
console.log('pbkdf2Sync sha1 ok');

assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'),
  '632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3');
assert.strictEqual(crypto.pbkdf2Sync(new Buffer('secret'), '\u00e9t\u00e9', 10, 64, 'sha512')
  .toString('hex'),
  'c545691cb9c80862fe58057d9029d6599ad18dbd5b33a07db8f69a54d369fdd4bf35336ae4bd1c46cd618360b63b219a5fd9336362a2bc03fc471fc799d8cf54');
assert.strictEqual(crypto.pbkdf2Sync('pw', 'NaCl', 3, 5, 'md5').toString('hex'), '4727b76c68');
assert.strictEqual(crypto.pbkdf2Sync('pw', 'NaCl', 3, 0).length, 0);
console.log('pbkdf2Sync digests ok');

var order = [];
var ret = crypto.pbkdf2('password', 'salt', 2, 20, function (err, key) {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  order.push('sha1 callback');
});
assert.strictEqual(ret, undefined);
crypto.pbkdf2('password', 'salt', 1000, 32, 'sha256', function (err, key) {
  assert.strictEqual(err, null);
  assert.strictEqual(key.toString('hex'),
    '632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3');
  order.push('sha256 callback');
});
order.push('sync code');

assert.throws(function () { crypto.pbkdf2('p', 's', 1, 20); }, /No callback provided to pbkdf2/);
assert.throws(function () { crypto.pbkdf2Sync('p', 's', 'x', 20); }, /Iterations not a number/);
assert.throws(function () { crypto.pbkdf2Sync('p', 's', -1, 20); }, /Bad iterations/);
assert.throws(function () { crypto.pbkdf2Sync('p', 's', 1, 'x'); }, /Key length not a number/);
assert.throws(function () { crypto.pbkdf2Sync('p', 's', 1, -1); }, /Bad key length/);
assert.throws(function () { crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'); }, function (e) {
  return e instanceof TypeError && /Bad digest name/.test(e.message);
});
console.log('pbkdf2 argument errors ok');

process.on('exit', function () {
  assert.deepEqual(order, ['sync code', 'sha1 callback', 'sha256 callback']);
  console.log('pbkdf2 callbacks ran asynchronously');
});

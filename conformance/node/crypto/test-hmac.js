// HMAC known answers (openssl dgst -hmac, RFC 2202 / 4231 style inputs).
var assert = require('assert');
var crypto = require('crypto');

var FOX = 'The quick brown fox jumps over the lazy dog';
var answers = {
  md5: '80070713463e7749b90c2dc24911e275',
  sha1: 'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9',
  sha224: '88ff8b54675d39b8f72322e65ff945c52d96379988ada25639747e69',
  sha256: 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
  sha384: 'd7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237',
  sha512: 'b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a'
};
Object.keys(answers).forEach(function (alg) {
  assert.strictEqual(crypto.createHmac(alg, 'key').update(FOX).digest('hex'), answers[alg], alg);
  console.log('hmac ' + alg + ' ok');
});

// RFC 2202 test case 2.
assert.strictEqual(crypto.createHmac('sha1', 'Jefe').update('what do ya want ')
  .update('for nothing?').digest('hex'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
console.log('rfc 2202 case ok');

// A key longer than the block size (131 bytes of 0xaa).
var longKey = new Buffer(131);
longKey.fill(0xaa);
var msg = 'Test Using Larger Than Block-Size Key - Hash Key First';
assert.strictEqual(crypto.createHmac('sha256', longKey).update(msg).digest('hex'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
assert.strictEqual(crypto.createHmac('sha512', longKey).update(msg).digest('hex'),
  '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598');
console.log('long key ok');

// Empty key and data; string keys are read as binary (latin-1) in v0.12.
assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
  'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
assert.strictEqual(crypto.createHmac('sha1', '\u00e9').update('\u00e9t\u00e9').digest('hex'),
  '8bf673810bf300e2268967c465c039998cd84111');
console.log('empty and latin-1 keys ok');

// The key buffer is copied at creation.
var k = new Buffer('key');
var h = crypto.createHmac('md5', k);
k[0] = 0;
assert.strictEqual(h.update(FOX).digest('hex'), answers.md5);
console.log('key copied ok');

// A second digest is empty (v0.12), an update after digest throws.
var once = crypto.createHmac('sha1', 'k');
assert.strictEqual(once.digest().length, 20);
assert.strictEqual(once.digest('hex'), '');
assert.strictEqual(once.digest().length, 0);
assert.throws(function () { once.update('x'); }, /HmacUpdate fail/);
console.log('finished hmac ok');

assert.throws(function () { crypto.createHmac('nope', 'k'); }, /Unknown message digest/);
assert.throws(function () { crypto.createHmac('sha1'); }, /Must give hashtype string, key as arguments/);
assert.ok(crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
console.log('hmac errors and class ok');

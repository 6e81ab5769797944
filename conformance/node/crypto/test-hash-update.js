// Hash.update: chaining, input encodings, copies of buffers, and the errors
// of a finished hash.
var assert = require('assert');
var crypto = require('crypto');

var ABC256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

var h = crypto.createHash('sha256');
assert.strictEqual(h.update('a'), h, 'update is chainable');
assert.strictEqual(h.update('b').update('c').digest('hex'), ABC256);
console.log('chained updates ok');

// Input encodings: hex, base64, utf8, and v0.12's default for strings (binary).
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex'), ABC256);
assert.strictEqual(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'), ABC256);
// 'été' as UTF-8 bytes (c3 a9 74 c3 a9) and as latin-1 bytes (e9 74 e9).
assert.strictEqual(crypto.createHash('sha256').update('\u00e9t\u00e9', 'utf8').digest('hex'),
  'bd010c64132bf5cae8aea89f6762515727dcf68a5dd1de813c87f50a16c4513c');
assert.strictEqual(crypto.createHash('sha256').update('\u00e9t\u00e9').digest('hex'),
  'b14ed7ac1430134c534d5e55402093255b8df6d86379d39f506faffbb10d26b2');
assert.strictEqual(crypto.createHash('sha256').update('\u00e9t\u00e9', 'binary').digest('hex'),
  'b14ed7ac1430134c534d5e55402093255b8df6d86379d39f506faffbb10d26b2');
console.log('input encodings ok');

// Buffers and typed arrays; the data is taken when update() is called.
var b = new Buffer('abc');
var h2 = crypto.createHash('sha256').update(b);
b[0] = 0x7a;
assert.strictEqual(h2.digest('hex'), ABC256);
assert.strictEqual(crypto.createHash('sha256').update(new Uint8Array([97, 98, 99])).digest('hex'),
  ABC256);
assert.strictEqual(crypto.createHash('sha256').update(new Buffer('xabcx').slice(1, 4)).digest('hex'),
  ABC256);
console.log('buffer inputs ok');

// Many small updates equal one big one (100000 x 'a', sha1sum).
var many = crypto.createHash('sha1');
for (var i = 0; i < 1000; i++) many.update(new Array(101).join('a'));
assert.strictEqual(many.digest('hex'), 'c4d4b30851182fc4eb8675494d42fd7f17e29c93');
console.log('1000 updates ok');

// A finished hash.
var done = crypto.createHash('md5');
done.digest();
assert.throws(function () { done.digest(); }, /^Error: Not initialized$/);
assert.throws(function () { done.update('x'); }, function (e) {
  return e instanceof TypeError && e.message === 'HashUpdate fail';
});
console.log('finished hash errors ok');

// Bad arguments.
assert.throws(function () { crypto.createHash('sha3-256'); }, /Digest method not supported/);
assert.throws(function () { crypto.createHash(); }, /Must give hashtype string as argument/);
assert.throws(function () { crypto.createHash('md5').update(42); }, TypeError);
assert.throws(function () { crypto.createHash('md5').update({}); }, /Not a string or buffer/);
console.log('bad arguments ok');

// Hash is a class, usable without new.
assert.ok(crypto.createHash('md5') instanceof crypto.Hash);
assert.ok(crypto.Hash('md5') instanceof crypto.Hash);
assert.strictEqual(typeof crypto.Hash.prototype.update, 'function');
assert.deepEqual(Object.keys(crypto.createHash('md5')).indexOf('_pending'), -1);
console.log('Hash class ok');

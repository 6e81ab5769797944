// Argument and state errors of the cipher constructors and methods, with
// Node v0.12's messages and checking order.
var assert = require('assert');
var crypto = require('crypto');

var K16 = new Buffer(16);
K16.fill(1);
var IV16 = new Buffer(16);
IV16.fill(2);

function throwsMsg(fn, type, message) {
  assert.throws(fn, function (e) {
    return e instanceof type && e.message === message;
  }, message);
}

throwsMsg(function () { crypto.createCipheriv('aes-128-xts', K16, IV16); }, Error, 'Unknown cipher');
throwsMsg(function () { crypto.createCipheriv('rot13', K16, IV16); }, Error, 'Unknown cipher');
throwsMsg(function () { crypto.createDecipheriv('aes-512-cbc', K16, IV16); }, Error, 'Unknown cipher');
console.log('unknown ciphers rejected');

throwsMsg(function () { crypto.createCipheriv('aes-128-cbc', new Buffer(15), IV16); },
  Error, 'Invalid key length');
throwsMsg(function () { crypto.createCipheriv('aes-256-ctr', K16, IV16); },
  Error, 'Invalid key length');
throwsMsg(function () { crypto.createCipheriv('aes-128-cbc', K16, new Buffer(8)); },
  Error, 'Invalid IV length');
// ECB has no IV, so any non-empty one is wrong; the IV is checked first.
throwsMsg(function () { crypto.createCipheriv('aes-128-ecb', K16, IV16); },
  Error, 'Invalid IV length');
throwsMsg(function () { crypto.createCipheriv('aes-128-cbc', new Buffer(3), new Buffer(3)); },
  Error, 'Invalid IV length');
console.log('key and iv lengths checked');

throwsMsg(function () { crypto.createCipheriv('aes-128-cbc', K16); }, TypeError, 'Not a buffer');
throwsMsg(function () { crypto.createCipheriv('aes-128-cbc', 12, IV16); }, TypeError, 'Not a buffer');
throwsMsg(function () { crypto.createCipheriv(null, K16, IV16); },
  Error, 'Must give cipher-type, key, and iv as argument');
console.log('argument types checked');

// Keys and IVs may be 'binary' strings; names may be upper case.
var s = crypto.createCipheriv('AES-128-CBC', K16.toString('binary'), IV16.toString('binary'));
var b = crypto.createCipheriv('aes-128-cbc', K16, IV16);
assert.strictEqual(s.update('abc', 'utf8', 'hex') + s.final('hex'),
  b.update('abc', 'utf8', 'hex') + b.final('hex'));
crypto.createCipheriv('aes-128-ecb', K16, '');
console.log('string keys and names ok');

var c = crypto.createCipheriv('aes-128-cbc', K16, IV16);
throwsMsg(function () { c.update(42); }, TypeError, 'Not a string or buffer');
throwsMsg(function () { c.update(); }, TypeError, 'Not a string or buffer');
c.update('still fine');
c.final();
throwsMsg(function () { c.update('more'); }, Error, 'Trying to add data in unsupported state');
throwsMsg(function () { c.final(); }, Error, 'Unsupported state');
assert.strictEqual(c.setAutoPadding(false), c);
console.log('finished cipher refuses more');

// A failed final() also ends the decipher.
var d = crypto.createDecipheriv('aes-128-cbc', K16, IV16);
d.update(new Buffer(5));
throwsMsg(function () { d.final(); }, Error,
  'error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length');
throwsMsg(function () { d.update(new Buffer(11)); }, Error, 'Trying to add data in unsupported state');
console.log('failed final ends the decipher');

// Typed arrays are accepted like Buffers.
var t = crypto.createCipheriv('aes-128-ctr', new Uint8Array(16), new Uint8Array(16));
assert.strictEqual(t.update(new Uint8Array([1, 2, 3])).length, 3);
console.log('typed arrays ok');

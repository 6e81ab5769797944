// Block modes: PKCS#7 padding, setAutoPadding, the block a decipher holds
// back, and OpenSSL's errors for bad input at final().
var assert = require('assert');
var crypto = require('crypto');

var KEY = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var IV = new Buffer('f0e0d0c0b0a090807060504030201000', 'hex');

function run(c, input) {
  return Buffer.concat([c.update(input), c.final()]);
}

// Padding is a full block of 0x10 after whole blocks, else n bytes of n.
[0, 1, 15, 16, 17, 31, 32].forEach(function (len) {
  var msg = new Buffer(len);
  for (var i = 0; i < len; i++) msg[i] = i * 7;
  var padded = crypto.createCipheriv('aes-128-cbc', KEY, IV);
  var ct = run(padded, msg);
  assert.strictEqual(ct.length, (Math.floor(len / 16) + 1) * 16);
  var n = 16 - len % 16;
  var pad = new Buffer(n);
  pad.fill(n);
  var manual = crypto.createCipheriv('aes-128-cbc', KEY, IV).setAutoPadding(false);
  assert.strictEqual(run(manual, Buffer.concat([msg, pad])).toString('hex'), ct.toString('hex'));
  var d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  assert.strictEqual(run(d, ct).toString('hex'), msg.toString('hex'));
  var raw = crypto.createDecipheriv('aes-128-cbc', KEY, IV).setAutoPadding(false);
  assert.strictEqual(run(raw, ct).toString('hex'), Buffer.concat([msg, pad]).toString('hex'));
});
console.log('pkcs7 padding ok');

// A padding decipher keeps its last whole block until final(), since it may be
// all padding.
var ct48 = run(crypto.createCipheriv('aes-256-ecb', Buffer.concat([KEY, KEY]), new Buffer(0)),
  new Buffer(40));
var d = crypto.createDecipheriv('aes-256-ecb', Buffer.concat([KEY, KEY]), new Buffer(0));
assert.strictEqual(d.update(ct48.slice(0, 32)).length, 16);
assert.strictEqual(d.update(ct48.slice(32, 40)).length, 16);
assert.strictEqual(d.update(ct48.slice(40)).length, 0);
assert.strictEqual(d.final().length, 8);
console.log('decipher holds the last block back');

// setAutoPadding(false) with whole blocks; with a partial block final() fails.
var np = crypto.createCipheriv('aes-128-cbc', KEY, IV);
assert.strictEqual(np.setAutoPadding(false), np);
assert.strictEqual(np.update(new Buffer(20)).length, 16);
assert.throws(function () { np.final(); },
  /^Error: error:0607F08A:digital envelope routines:EVP_EncryptFinal_ex:data not multiple of block length$/);
var npd = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
npd.setAutoPadding(false);
npd.update(new Buffer(17));
assert.throws(function () { npd.final(); },
  /^Error: error:0606508A:digital envelope routines:EVP_DecryptFinal_ex:data not multiple of block length$/);
// As in v0.12, setAutoPadding() with no argument turns padding off.
var noArg = crypto.createCipheriv('aes-128-cbc', KEY, IV).setAutoPadding();
assert.strictEqual(run(noArg, new Buffer(16)).length, 16);
console.log('setAutoPadding ok');

// Deciphering: a partial or missing last block, and bad padding bytes.
function decryptFinal(ct) {
  var dd = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  dd.update(ct);
  return dd.final();
}
var WRONG_LENGTH = /^Error: error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length$/;
assert.throws(function () { decryptFinal(new Buffer(0)); }, WRONG_LENGTH);
assert.throws(function () { decryptFinal(new Buffer(20)); }, WRONG_LENGTH);
// Blocks whose plaintext ends in 00, in 0x11, and in ...02 03 are all badly padded.
['000000000000000000000000000000' + '00', '000000000000000000000000000000' + '11',
  '0000000000000000000000000000' + '0203'].forEach(function (plain) {
  var e = crypto.createCipheriv('aes-128-cbc', KEY, IV).setAutoPadding(false);
  var ct = run(e, new Buffer(plain, 'hex'));
  assert.throws(function () { decryptFinal(ct); },
    /^Error: error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt$/);
});
// And a whole block of 0x10 is the padding of an empty message.
var e16 = crypto.createCipheriv('aes-128-cbc', KEY, IV).setAutoPadding(false);
assert.strictEqual(decryptFinal(run(e16, new Buffer('10101010101010101010101010101010', 'hex'))).length, 0);
console.log('bad padding is a bad decrypt');

// Stream modes have no padding: any length works either way.
['ctr', 'cfb', 'cfb8', 'ofb', 'gcm'].forEach(function (mode) {
  var iv = mode === 'gcm' ? IV.slice(0, 12) : IV;
  var c = crypto.createCipheriv('aes-128-' + mode, KEY, iv).setAutoPadding(true);
  assert.strictEqual(run(c, new Buffer(21)).length, 21);
});
console.log('stream modes ignore padding');

// Cipher input and output encodings: strings in, strings out, and output
// text decoded across update() calls so that no base64 group or UTF-8
// character is cut in two.
var assert = require('assert');
var crypto = require('crypto');

var KEY = new Buffer('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
var IV = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');

function oneShot(alg, input) {
  var c = crypto.createCipheriv(alg, KEY, IV);
  return Buffer.concat([c.update(input), c.final()]);
}

// Input encodings; strings default to 'binary' (latin-1) bytes.
var ref = oneShot('aes-256-cbc', new Buffer('h\u00e9llo', 'utf8')).toString('hex');
[['h\u00e9llo', 'utf8'], ['68c3a96c6c6f', 'hex'], ['aMOpbGxv', 'base64'],
  ['h\u00c3\u00a9llo', 'binary'], ['h\u00c3\u00a9llo', undefined]].forEach(function (t) {
  var c = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  assert.strictEqual(c.update(t[0], t[1], 'hex') + c.final('hex'), ref, String(t[1]));
});
console.log('input encodings ok');

// Base64 output cut at every update: each piece is whole groups, and the
// pieces join into the base64 of the whole ciphertext.
var msg = new Buffer(100);
for (var i = 0; i < msg.length; i++) msg[i] = (i * 37) & 0xff;
var whole = oneShot('aes-256-ctr', msg);
var c64 = crypto.createCipheriv('aes-256-ctr', KEY, IV);
var pieces = [];
for (i = 0; i < msg.length; i += 7) pieces.push(c64.update(msg.slice(i, i + 7), 'buffer', 'base64'));
pieces.push(c64.final('base64'));
pieces.forEach(function (p) {
  assert.strictEqual(p.length % 4, 0, 'piece ' + JSON.stringify(p));
});
assert.strictEqual(pieces.join(''), whole.toString('base64'));
console.log('base64 output across updates ok');

// 'hex' and 'binary' output need no carrying.
var ch = crypto.createCipheriv('aes-256-cfb8', KEY, IV);
var hexOut = ch.update(msg.slice(0, 33), 'buffer', 'hex') + ch.update(msg.slice(33), 'buffer', 'hex') +
  ch.final('hex');
assert.strictEqual(hexOut, oneShot('aes-256-cfb8', msg).toString('hex'));
var cb = crypto.createCipheriv('aes-256-ofb', KEY, IV);
var bin = cb.update(msg, 'buffer', 'binary') + cb.final('binary');
assert.strictEqual(new Buffer(bin, 'binary').toString('hex'), oneShot('aes-256-ofb', msg).toString('hex'));
console.log('hex and binary output ok');

// UTF-8 text deciphered one byte at a time still comes out whole.
var text = 'na\u00efve caf\u00e9 \u2603 \ud83d\ude00 end';
var sealed = oneShot('aes-256-ctr', new Buffer(text, 'utf8'));
var d = crypto.createDecipheriv('aes-256-ctr', KEY, IV);
var got = '';
for (i = 0; i < sealed.length; i++) {
  var part = d.update(sealed.slice(i, i + 1), 'buffer', 'utf8');
  assert.strictEqual(part.indexOf('\ufffd'), -1);
  got += part;
}
got += d.final('utf8');
assert.strictEqual(got, text);
console.log('utf8 output across updates ok');

// The output encoding cannot change once text has been given out.
var fixed = crypto.createCipheriv('aes-256-cbc', KEY, IV);
fixed.update('0123456789abcdef0123', 'utf8', 'hex');
assert.throws(function () { fixed.final('base64'); }, /Cannot change encoding/);
var utf = crypto.createCipheriv('aes-256-cbc', KEY, IV);
utf.update('x', 'utf8', 'utf-8');
utf.final('utf8');
console.log('output encoding is fixed');

// DEFAULT_ENCODING changes what update() and final() return by default.
crypto.DEFAULT_ENCODING = 'hex';
var dflt = crypto.createCipheriv('aes-256-cbc', KEY, IV);
var dfltOut = dflt.update(new Buffer('h\u00e9llo', 'utf8'));
dfltOut += dflt.final();
assert.strictEqual(typeof dfltOut, 'string');
assert.strictEqual(dfltOut, ref);
crypto.DEFAULT_ENCODING = 'buffer';
assert.ok(Buffer.isBuffer(crypto.createCipheriv('aes-256-cbc', KEY, IV).final()));
console.log('DEFAULT_ENCODING ok');

// AES-GCM: the test vectors of the GCM specification (McGrew & Viega, test
// cases 2, 3, 4, 10, 14 and 16), AAD in several calls, update() in odd
// pieces, tag checking, and the states in which tags and AAD are refused.
var assert = require('assert');
var crypto = require('crypto');

function hex(s) {
  return new Buffer(s, 'hex');
}

var K = 'feffe9928665731c6d6a8f9467308308';
var IV = 'cafebabefacedbaddecaf888';
var P = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
  '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39';
var A = 'feedfacedeadbeeffeedfacedeadbeefabaddad2';

var CASES = [
  { name: 'case 2', alg: 'aes-128-gcm', key: '00000000000000000000000000000000',
    iv: '000000000000000000000000', pt: '00000000000000000000000000000000', aad: '',
    ct: '0388dace60b6a392f328c2b971b2fe78', tag: 'ab6e47d42cec13bdf53a67b21257bddf' },
  { name: 'case 3', alg: 'aes-128-gcm', key: K, iv: IV, pt: P + '1aafd255', aad: '',
    ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
      '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985',
    tag: '4d5c2af327cd64a62cf35abd2ba6fab4' },
  { name: 'case 4', alg: 'aes-128-gcm', key: K, iv: IV, pt: P, aad: A,
    ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
      '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091',
    tag: '5bc94fbc3221a5db94fae95ae7121a47' },
  { name: 'case 10', alg: 'aes-192-gcm', key: K + 'feffe9928665731c', iv: IV, pt: P, aad: A,
    ct: '3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c' +
      '7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710',
    tag: '2519498e80f1478f37ba55bd6d27618c' },
  { name: 'case 14', alg: 'aes-256-gcm', key: new Array(65).join('0'),
    iv: '000000000000000000000000', pt: '00000000000000000000000000000000', aad: '',
    ct: 'cea7403d4d606b6e074ec5d3baf39d18', tag: 'd0d1c8a799996bf0265b98b5d48ab919' },
  { name: 'case 16', alg: 'aes-256-gcm', key: K + K, iv: IV, pt: P, aad: A,
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
      '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b' }
];

function feed(c, input, step) {
  var parts = [];
  for (var i = 0; i < input.length; i += step) parts.push(c.update(input.slice(i, i + step)));
  parts.push(c.final());
  return Buffer.concat(parts).toString('hex');
}

CASES.forEach(function (t) {
  [1, 7, 16, 100].forEach(function (step) {
    var aad = hex(t.aad);
    var enc = crypto.createCipheriv(t.alg, hex(t.key), hex(t.iv));
    // The AAD may come in pieces that are not whole blocks.
    if (aad.length) {
      enc.setAAD(aad.slice(0, 5));
      enc.setAAD(aad.slice(5));
    }
    assert.strictEqual(feed(enc, hex(t.pt), step), t.ct, t.name + ' ciphertext, step ' + step);
    assert.strictEqual(enc.getAuthTag().toString('hex'), t.tag, t.name + ' tag');
    var dec = crypto.createDecipheriv(t.alg, hex(t.key), hex(t.iv));
    dec.setAuthTag(hex(t.tag));
    if (aad.length) dec.setAAD(aad);
    assert.strictEqual(feed(dec, hex(t.ct), step), t.pt, t.name + ' plaintext, step ' + step);
  });
  console.log('GCM spec ' + t.name + ' ok');
});

// A changed tag, ciphertext or AAD fails final(); the plaintext already
// given out by update() is not authenticated.
function tryOpen(tag, ct, aad) {
  var d = crypto.createDecipheriv('aes-128-gcm', hex(K), hex(IV));
  d.setAuthTag(tag);
  d.setAAD(aad);
  d.update(ct);
  d.final();
}
var good = CASES[2];
tryOpen(hex(good.tag), hex(good.ct), hex(good.aad));
var badTag = hex(good.tag);
badTag[15] ^= 1;
var badCt = hex(good.ct);
badCt[0] ^= 0x80;
var badAad = hex(good.aad);
badAad[19] ^= 2;
[[badTag, hex(good.ct), hex(good.aad)], [hex(good.tag), badCt, hex(good.aad)],
  [hex(good.tag), hex(good.ct), badAad]].forEach(function (args) {
  assert.throws(function () {
    tryOpen(args[0], args[1], args[2]);
  }, /^Error: Unsupported state or unable to authenticate data$/);
});
console.log('tampering is detected');

// A decipher with no tag cannot authenticate; a truncated tag checks as many
// bytes as it has (as OpenSSL does).
assert.throws(function () {
  var d = crypto.createDecipheriv('aes-128-gcm', hex(K), hex(IV));
  d.update(hex(good.ct));
  d.final();
}, /unable to authenticate data/);
tryOpen(hex(good.tag).slice(0, 12), hex(good.ct), hex(good.aad));
console.log('missing and truncated tags ok');

// States: the tag exists only after a cipher's final(); AAD only before data.
var c = crypto.createCipheriv('aes-128-gcm', hex(K), hex(IV));
assert.throws(function () { c.getAuthTag(); },
  /^Error: Attempting to get auth tag in unsupported state$/);
assert.throws(function () { c.setAuthTag(new Buffer(16)); },
  /^Error: Attempting to set auth tag in unsupported state$/);
c.update('x');
assert.throws(function () { c.setAAD(new Buffer('late')); },
  /^Error: Attempting to set AAD in unsupported state$/);
c.final();
assert.strictEqual(c.getAuthTag().length, 16);
assert.notStrictEqual(c.getAuthTag(), c.getAuthTag());
assert.throws(function () { c.setAAD(new Buffer(1)); }, /set AAD in unsupported state/);
var d = crypto.createDecipheriv('aes-128-gcm', hex(K), hex(IV));
assert.throws(function () { d.getAuthTag(); }, /get auth tag in unsupported state/);
assert.throws(function () { d.setAuthTag('not a buffer'); }, TypeError);
assert.throws(function () { d.setAAD('not a buffer'); }, TypeError);
var cbc = crypto.createCipheriv('aes-128-cbc', hex(K), new Buffer(16));
assert.throws(function () { cbc.setAAD(new Buffer(1)); }, /set AAD in unsupported state/);
assert.throws(function () { cbc.final(); cbc.getAuthTag(); }, /get auth tag in unsupported state/);
console.log('auth tag and AAD states ok');

// A second final() of a GCM cipher fails with the authenticated-mode message.
assert.throws(function () { c.final(); }, /^Error: Unsupported state or unable to authenticate data$/);
// Only 96-bit nonces, as in OpenSSL 1.0.
assert.throws(function () {
  crypto.createCipheriv('aes-128-gcm', hex(K), new Buffer(16));
}, /^Error: Invalid IV length$/);
console.log('gcm final twice and nonce length ok');

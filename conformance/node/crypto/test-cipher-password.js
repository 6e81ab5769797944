// createCipher/createDecipher derive key and IV from a password the way
// OpenSSL's EVP_BytesToKey does with MD5 and one round (as v0.12 does); the
// expected ciphertexts come from OpenSSL through Node.
var assert = require('assert');
var crypto = require('crypto');

var MSG = 'battery staple, 31 bytes long!!';
var EXPECTED = {
  'aes-128-cbc': '84a603313688d7ad1be1ff9b60cc43b00d96430c90f1c8bfdb013fe435a62ad9',
  'aes-192-ecb': '868d0874b501b68334bf84923089fb6d35285ce30cc9bc511677aadebcec4d30',
  'aes-256-cbc': 'e32c69e59c2cbdb6f4e5a3a9258673e6e21c0a53728156bf3fb8c82f10cd17c8',
  'aes256': 'e32c69e59c2cbdb6f4e5a3a9258673e6e21c0a53728156bf3fb8c82f10cd17c8',
  'aes-128-ctr': '3dc34411bdcd9e320a11e2bc10684d0a04c21e421bc0545b0ee35ce65e95b0',
  'aes-256-cfb': '4d792ff396d8f5e7e61d72b9e1b5d556a54e4c3f94ca2e565fabd787cf7dfa',
  'aes-192-ofb': 'f630bc5fd3de4daf758e80a027d81a498451aa87d9a9d43baf4ce5fc31fc20',
  'aes-128-cfb8': '3d865865ae08f14e6085c62cfcc480c3cbf1c4282409b3c380f75450ea4751'
};

Object.keys(EXPECTED).forEach(function (alg) {
  var c = crypto.createCipher(alg, 'correct horse');
  var ct = c.update(MSG, 'utf8', 'hex') + c.final('hex');
  assert.strictEqual(ct, EXPECTED[alg], alg);
  var d = crypto.createDecipher(alg, 'correct horse');
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), MSG, alg + ' back');
  console.log('password cipher ' + alg + ' ok');
});

// GCM with a derived 96-bit nonce.
var g = crypto.createCipher('aes-256-gcm', 'pw');
g.setAAD(new Buffer('hdr'));
assert.strictEqual(g.update('gcm by password', 'utf8', 'hex') + g.final('hex'),
  '98cdec4031769c9bd61b571b6cc723');
assert.strictEqual(g.getAuthTag().toString('hex'), '61dd8a5c78ed8f52157d8684fb2258c4');
var gd = crypto.createDecipher('aes-256-gcm', 'pw');
gd.setAAD(new Buffer('hdr'));
gd.setAuthTag(new Buffer('61dd8a5c78ed8f52157d8684fb2258c4', 'hex'));
assert.strictEqual(gd.update('98cdec4031769c9bd61b571b6cc723', 'hex', 'utf8') + gd.final('utf8'),
  'gcm by password');
console.log('password gcm ok');

// Buffers, the empty password, and strings taken as 'binary' (latin-1) bytes.
function cbcHex(password) {
  var c = crypto.createCipher('aes-128-cbc', password);
  return c.update('x', 'utf8', 'hex') + c.final('hex');
}
assert.strictEqual(cbcHex(new Buffer([0, 1, 2, 255])), '8a1c70e03bfb7575c23fe28f05c20d78');
assert.strictEqual(cbcHex(''), '94f268158b5d52a3115dfc4d1e5895e4');
assert.strictEqual(cbcHex('\u00e9'), '0ca031aa63994a288183f4ae5a3059d7');
assert.strictEqual(cbcHex(new Buffer([0xe9])), '0ca031aa63994a288183f4ae5a3059d7');
console.log('password bytes ok');

// A wrong password gives other bytes (or a bad decrypt), not the message.
var wrong = crypto.createDecipher('aes-128-ctr', 'Correct horse');
assert.notStrictEqual(wrong.update(EXPECTED['aes-128-ctr'], 'hex', 'utf8'), MSG);
console.log('wrong password ok');

// The constructors work without `new`, and argument errors are v0.12's.
assert.ok(crypto.Cipher('aes-128-cbc', 'p') instanceof crypto.Cipher);
assert.ok(crypto.Decipher('aes-128-cbc', 'p') instanceof crypto.Decipher);
assert.throws(function () { crypto.createCipher('aes-128-cbc'); },
  /^Error: Must give cipher-type, key$/);
assert.throws(function () { crypto.createCipher(5, 'pw'); }, /^Error: Must give cipher-type, key$/);
assert.throws(function () { crypto.createDecipher('des-ede3', 'pw'); }, /^Error: Unknown cipher$/);
console.log('password argument errors ok');

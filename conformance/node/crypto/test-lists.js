// getHashes lists what createHash accepts; getCiphers what is implemented.
var assert = require('assert');
var crypto = require('crypto');

var hashes = crypto.getHashes();
assert.ok(Array.isArray(hashes));
['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].forEach(function (h) {
  assert.ok(hashes.indexOf(h) >= 0, h);
});
hashes.forEach(function (h) {
  assert.strictEqual(typeof crypto.createHash(h).update('x').digest('hex'), 'string');
});
hashes.push('mutated');
assert.strictEqual(crypto.getHashes().indexOf('mutated'), -1);
console.log('getHashes ok: ' + crypto.getHashes().join(','));

assert.ok(Array.isArray(crypto.getCiphers()));
assert.strictEqual(crypto.DEFAULT_ENCODING, 'buffer');
console.log('getCiphers and DEFAULT_ENCODING ok');

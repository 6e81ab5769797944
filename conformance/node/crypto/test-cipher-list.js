// getCiphers() lists, sorted and in lower case, exactly the ciphers that
// createCipheriv accepts; getHashes() the digests createHash accepts.
var assert = require('assert');
var crypto = require('crypto');

var ciphers = crypto.getCiphers();
assert.ok(Array.isArray(ciphers));
assert.deepEqual(ciphers, ciphers.slice().sort());
ciphers.forEach(function (name, i) {
  assert.strictEqual(name, name.toLowerCase());
  assert.notStrictEqual(name, ciphers[i + 1], 'duplicate ' + name);
});
['aes-128-cbc', 'aes-192-ecb', 'aes-256-ctr', 'aes-128-cfb', 'aes-192-cfb8', 'aes-256-ofb',
  'aes-256-gcm', 'aes128', 'aes256'].forEach(function (name) {
  assert.ok(ciphers.indexOf(name) >= 0, name);
});
console.log('getCiphers: ' + ciphers.length + ' names');

// Every listed cipher works with keys and IVs of its sizes.
ciphers.forEach(function (name) {
  var m = /^aes-?(\d+)(?:-(\w+))?$/.exec(name);
  assert.ok(m, name);
  var mode = m[2] || 'cbc';
  var key = new Buffer(m[1] / 8);
  key.fill(3);
  var iv = new Buffer(mode === 'ecb' ? 0 : mode === 'gcm' ? 12 : 16);
  iv.fill(4);
  var c = crypto.createCipheriv(name, key, iv);
  var ct = Buffer.concat([c.update('listed and working'), c.final()]);
  var d = crypto.createDecipheriv(name, key, iv);
  if (mode === 'gcm') d.setAuthTag(c.getAuthTag());
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), 'listed and working', name);
});
console.log('every listed cipher round-trips');

ciphers.push('mutated');
assert.strictEqual(crypto.getCiphers().indexOf('mutated'), -1);
console.log('getCiphers returns a copy');

var hashes = crypto.getHashes();
assert.deepEqual(hashes, hashes.slice().sort());
hashes.forEach(function (h) {
  crypto.createHash(h).update('x').digest();
  crypto.createHmac(h, 'k').update('x').digest();
});
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'),
  crypto.createHash('sha256').update('abc').digest('hex'));
console.log('getHashes: every name hashes');

// Known answers for every digest, computed independently (openssl dgst).
var assert = require('assert');
var crypto = require('crypto');

var FOX = 'The quick brown fox jumps over the lazy dog';
var answers = {
  md5: ['d41d8cd98f00b204e9800998ecf8427e', '900150983cd24fb0d6963f7d28e17f72',
    '9e107d9d372bb6826bd81d3542a419d6'],
  sha1: ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'a9993e364706816aba3e25717850c26c9cd0d89d',
    '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
  sha224: ['d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    '730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525'],
  sha256: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
  sha384: ['38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    'ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1'],
  sha512: ['cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    '07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6']
};

Object.keys(answers).forEach(function (alg) {
  var want = answers[alg];
  assert.strictEqual(crypto.createHash(alg).digest('hex'), want[0], alg + ' of ""');
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), want[1], alg + ' of abc');
  assert.strictEqual(crypto.createHash(alg).update(FOX).digest('hex'), want[2], alg + ' of fox');
  console.log(alg + ' known answers ok');
});

// Output encodings.
var buf = crypto.createHash('sha256').update('abc').digest();
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, 32);
assert.strictEqual(buf.toString('hex'), answers.sha256[1]);
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('base64'),
  'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
var bin = crypto.createHash('sha256').update('abc').digest('binary');
assert.strictEqual(typeof bin, 'string');
assert.strictEqual(bin.length, 32);
assert.strictEqual(new Buffer(bin, 'binary').toString('hex'), answers.sha256[1]);
assert.ok(Buffer.isBuffer(crypto.createHash('md5').digest('buffer')));
console.log('digest encodings ok');

// Digest names as OpenSSL also accepts them.
assert.strictEqual(crypto.createHash('SHA1').update('abc').digest('hex'), answers.sha1[1]);
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'), answers.sha256[1]);
console.log('digest name variants ok');

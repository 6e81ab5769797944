'use strict';
// crypto as documented for Node v0.12, as far as persha implements it:
// hashes (md5, sha1, sha224, sha256, sha384, sha512), HMACs, PBKDF2 and
// random bytes. Everything else (ciphers, signing, Diffie-Hellman,
// certificates) is absent rather than faked, so feature tests see it missing.
//
// Persistence: a Hash or Hmac keeps the data it was updated with in the
// JavaScript heap and hashes it all at digest() through a pure host op
// (nodeapi/src/ops/crypto.rs); no hashing state lives on the Rust side, so
// an object updated before a restart digests correctly after it. Random bytes
// are an input: the `random` op is journaled and replayed unchanged.
//
// Differences from Node v0.12:
// - Hash and Hmac are not streams (persha has no `stream` module yet): they
//   have update()/digest() but no write()/end()/read()/pipe().
// - getHashes() lists only the digests above; getCiphers() is empty.
// - The callback forms (randomBytes, pbkdf2) compute synchronously and call
//   back on process.nextTick.

var Buffer = require('buffer').Buffer;
var host = internal.host;

var HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
var kMaxLength = 0x3fffffff;
var RANDOM_CHUNK = 65536; // the most the `random` op hands out per call

exports.DEFAULT_ENCODING = 'buffer';

function digestName(name) {
  if (typeof name !== 'string') return null;
  var n = name.toLowerCase();
  if (n.indexOf('rsa-') === 0) n = n.slice(4);
  return HASHES.indexOf(n) >= 0 ? n : null;
}

// A string as bytes the way v0.12's crypto reads it: 'binary' unless told.
function toBuf(str, encoding) {
  encoding = encoding || 'binary';
  if (typeof str === 'string') {
    if (encoding === 'buffer' || !Buffer.isEncoding(encoding)) encoding = 'binary';
    return new Buffer(str, encoding);
  }
  return str;
}

// Input data as a private copy of its bytes (the caller may reuse its
// buffer), or null when it is neither a string nor a buffer.
function dataBytes(data, encoding) {
  if (typeof data === 'string') return toBuf(data, encoding);
  if (data && ArrayBuffer.isView(data)) {
    var copy = new Buffer(data.byteLength);
    copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return copy;
  }
  return null;
}

function encodeOut(buf, encoding) {
  encoding = encoding || exports.DEFAULT_ENCODING;
  if (encoding === 'buffer' || !Buffer.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

// The updated data, kept as a list of chunks (compacted now and then).
function Pending() {
  this.chunks = [];
  this.done = false;
}

Pending.prototype.add = function (bytes) {
  this.chunks.push(bytes);
  if (this.chunks.length > 64) this.chunks = [Buffer.concat(this.chunks)];
};

Pending.prototype.take = function () {
  var all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  this.chunks = [];
  this.done = true;
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
};

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, {
    value: value, writable: true, configurable: true, enumerable: false
  });
}

// ---- Hash ---------------------------------------------------------------------------

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (typeof algorithm !== 'string') {
    throw new Error('Must give hashtype string as argument');
  }
  var alg = digestName(algorithm);
  if (alg === null) throw new Error('Digest method not supported');
  hidden(this, '_algorithm', alg);
  hidden(this, '_pending', new Pending());
  this._options = options;
}

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || exports.DEFAULT_ENCODING;
  var bytes = dataBytes(data, encoding);
  if (bytes === null) throw new TypeError('Not a string or buffer');
  if (this._pending.done) throw new TypeError('HashUpdate fail');
  this._pending.add(bytes);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this._pending.done) throw new Error('Not initialized');
  var out = host('cryptoHash', this._algorithm, this._pending.take());
  return encodeOut(new Buffer(out), outputEncoding);
};

exports.Hash = Hash;
exports.createHash = function createHash(algorithm) {
  return new Hash(algorithm);
};

// ---- Hmac ---------------------------------------------------------------------------

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  if (typeof hmac !== 'string' || key === undefined) {
    throw new Error('Must give hashtype string, key as arguments');
  }
  var keyBytes = dataBytes(key, 'binary');
  if (keyBytes === null) throw new TypeError('Not a buffer');
  var alg = digestName(hmac);
  if (alg === null) throw new Error('Unknown message digest');
  hidden(this, '_algorithm', alg);
  hidden(this, '_key', keyBytes);
  hidden(this, '_pending', new Pending());
  this._options = options;
}

Hmac.prototype.update = function update(data, encoding) {
  encoding = encoding || exports.DEFAULT_ENCODING;
  var bytes = dataBytes(data, encoding);
  if (bytes === null) throw new TypeError('Not a string or buffer');
  if (this._pending.done) throw new TypeError('HmacUpdate fail');
  this._pending.add(bytes);
  return this;
};

// As in v0.12, a second digest() gives an empty result rather than an error.
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this._pending.done) return encodeOut(new Buffer(0), outputEncoding);
  var key = this._key;
  var out = host('cryptoHmac', this._algorithm,
    new Uint8Array(key.buffer, key.byteOffset, key.length), this._pending.take());
  this._key = null;
  return encodeOut(new Buffer(out), outputEncoding);
};

exports.Hmac = Hmac;
exports.createHmac = function createHmac(hmac, key) {
  return new Hmac(hmac, key);
};

// ---- random bytes -------------------------------------------------------------------

function isUint32(n) {
  return typeof n === 'number' && n >= 0 && n <= 0xffffffff && Math.floor(n) === n;
}

function randomBytes(size, callback) {
  if (!isUint32(size)) throw new TypeError('size must be a number >= 0');
  if (size > kMaxLength) throw new RangeError('size is not a valid Smi');
  var buf = new Buffer(size);
  for (var off = 0; off < size; off += RANDOM_CHUNK) {
    buf.set(host('random', Math.min(RANDOM_CHUNK, size - off)), off);
  }
  if (typeof callback === 'function') {
    process.nextTick(function () {
      callback(null, buf);
    });
    return undefined;
  }
  return buf;
}

exports.randomBytes = exports.rng = randomBytes;
exports.pseudoRandomBytes = exports.prng = randomBytes;

// ---- PBKDF2 -------------------------------------------------------------------------

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  password = toBuf(password);
  salt = toBuf(salt);
  if (!password || !ArrayBuffer.isView(password) || !salt || !ArrayBuffer.isView(salt)) {
    throw new TypeError('Not a buffer');
  }
  if (typeof iterations !== 'number') throw new TypeError('Iterations not a number');
  iterations = iterations | 0;
  if (iterations < 0) throw new TypeError('Bad iterations');
  if (typeof keylen !== 'number') throw new TypeError('Key length not a number');
  if (keylen < 0 || keylen !== keylen || keylen === Infinity) {
    throw new TypeError('Bad key length');
  }
  var alg = 'sha1';
  if (typeof digest === 'string') {
    alg = digestName(digest);
    if (alg === null) throw new TypeError('Bad digest name');
  }
  var key = new Buffer(host('cryptoPbkdf2', alg, bytesOf(password), bytesOf(salt),
    Math.max(iterations, 1), Math.floor(keylen)));
  var encoding = exports.DEFAULT_ENCODING;
  var result = encoding === 'buffer' ? key : key.toString(encoding);
  if (callback) {
    process.nextTick(function () {
      callback(null, result);
    });
    return undefined;
  }
  return result;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

exports.pbkdf2 = function (password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  if (typeof callback !== 'function') throw new Error('No callback provided to pbkdf2');
  return pbkdf2(password, salt, iterations, keylen, digest, callback);
};

exports.pbkdf2Sync = function (password, salt, iterations, keylen, digest) {
  return pbkdf2(password, salt, iterations, keylen, digest);
};

// ---- lists --------------------------------------------------------------------------

exports.getHashes = function getHashes() {
  return HASHES.slice();
};

exports.getCiphers = function getCiphers() {
  return [];
};

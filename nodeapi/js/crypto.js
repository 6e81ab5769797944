'use strict';
// crypto as documented for Node v0.12, as far as persha implements it:
// hashes (md5, sha1, sha224, sha256, sha384, sha512), HMACs, PBKDF2, random
// bytes and AES ciphers (128/192/256-bit keys in cbc, ecb, ctr, cfb, cfb8,
// ofb and gcm). Everything else (other ciphers, signing, Diffie-Hellman,
// certificates) is absent rather than faked, so feature tests see it missing.
//
// Persistence: no cryptographic state lives on the Rust side. A Hash or Hmac
// keeps the data it was updated with in the JavaScript heap and hashes it all
// at digest() through a pure host op (nodeapi/src/ops/crypto.rs); a Cipher
// keeps its whole state (key, chaining block, counter, GHASH accumulator,
// partial block) as an opaque byte string in the heap, and each update()
// hands it to a pure op that returns the output and the next state
// (nodeapi/src/ops/cipher.rs). So an object used before a restart carries on
// after it. Random bytes are an input: the `random` op is journaled and
// replayed unchanged.
//
// Hash, Hmac, Cipher and Decipher are Transform streams, built lazily on
// first stream use as in v0.12 (most programs only call update()).
//
// Differences from Node v0.12:
// - getHashes() and getCiphers() list only what is implemented.
// - The callback forms (randomBytes, pbkdf2) compute synchronously and call
//   back on process.nextTick.
// - setAAD() and setAuthTag() return the object (v0.12: undefined).

var Buffer = require('buffer').Buffer;
var stream = require('stream');
var util = require('util');
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;
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

// A host op whose failure is an ordinary Error carrying Node's message.
function call() {
  try {
    return host.apply(undefined, arguments);
  } catch (e) {
    throw new Error(e && e.message);
  }
}

// ---- streams ------------------------------------------------------------------------

// A Transform whose stream machinery is set up only when first touched: the
// state getters below run the Transform constructor once and then give way
// to the own properties it assigns.
function LazyTransform(options) {
  this._options = options;
}
util.inherits(LazyTransform, stream.Transform);

['_readableState', '_writableState', '_transformState'].forEach(function (name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      stream.Transform.call(this, this._options);
      // Written strings reach _transform() undecoded, to be read as update()
      // reads them ('binary' unless the writer names an encoding).
      this._writableState.decodeStrings = false;
      this._writableState.defaultEncoding = 'binary';
      return this[name];
    },
    set: function (value) {
      Object.defineProperty(this, name, {
        value: value, writable: true, configurable: true, enumerable: true
      });
    }
  });
});

// The digest is the readable side's one chunk, in its encoding if it has one.
function digestTransform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function digestFlush(callback) {
  var encoding = this._readableState.encoding || 'buffer';
  this.push(this.digest(encoding), encoding);
  callback();
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
  LazyTransform.call(this, options);
}
util.inherits(Hash, LazyTransform);

Hash.prototype._transform = digestTransform;
Hash.prototype._flush = digestFlush;

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
  LazyTransform.call(this, options);
}
util.inherits(Hmac, LazyTransform);

Hmac.prototype._transform = digestTransform;
Hmac.prototype._flush = digestFlush;

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

// ---- ciphers ------------------------------------------------------------------------

function isView(v) {
  return !!v && ArrayBuffer.isView(v);
}

// A private copy of a view's bytes, as a Buffer.
function copyBuf(view) {
  var b = new Buffer(view.byteLength);
  b.set(bytesOf(view));
  return b;
}

// What a cipher object keeps: `state` is the host's opaque byte string
// (null once final() ran), the auth tag is GCM's (computed or expected).
function initCipher(self, decrypt, alg, key, iv, options) {
  var state = call('cryptoCipherInit', alg, bytesOf(key), bytesOf(iv), decrypt);
  hidden(self, '_cipher', {
    state: state,
    decrypt: decrypt,
    gcm: /-gcm$/i.test(alg),
    padding: true,
    authTag: null
  });
  hidden(self, '_decoder', null);
  LazyTransform.call(self, options);
}

// createCipher/createDecipher: key and IV from the password, as OpenSSL's
// EVP_BytesToKey (MD5, no salt, one round) derives them.
function initWithPassword(self, decrypt, alg, password, options) {
  password = toBuf(password);
  if (typeof alg !== 'string' || !isView(password)) {
    throw new Error('Must give cipher-type, key');
  }
  var kv = call('cryptoCipherKey', alg, bytesOf(password));
  initCipher(self, decrypt, alg, kv[0], kv[1], options);
}

function initWithIv(self, decrypt, alg, key, iv, options) {
  if (typeof alg !== 'string') {
    throw new Error('Must give cipher-type, key, and iv as argument');
  }
  key = toBuf(key);
  iv = toBuf(iv);
  if (!isView(key) || !isView(iv)) throw new TypeError('Not a buffer');
  initCipher(self, decrypt, alg, key, iv, options);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initWithPassword(this, false, cipher, password, options);
}

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initWithPassword(this, true, cipher, password, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initWithIv(this, false, cipher, key, iv, options);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initWithIv(this, true, cipher, key, iv, options);
}

function cipherUpdate(self, data, encoding) {
  if (typeof data !== 'string' && !isView(data)) {
    throw new TypeError('Not a string or buffer');
  }
  var c = self._cipher;
  if (c.state === null) throw new Error('Trying to add data in unsupported state');
  var bytes = typeof data === 'string' ? toBuf(data, encoding) : data;
  var r = call('cryptoCipherUpdate', c.state, bytesOf(bytes), c.padding);
  c.state = r[1];
  return new Buffer(r[0]);
}

function cipherFinal(self) {
  var c = self._cipher;
  if (c.state === null) {
    throw new Error(c.gcm ? 'Unsupported state or unable to authenticate data'
      : 'Unsupported state');
  }
  // Like OpenSSL's context, the state is gone after final(), even a failed one.
  var state = c.state;
  c.state = null;
  var r = call('cryptoCipherFinal', state, c.padding,
    c.decrypt && c.authTag ? bytesOf(c.authTag) : undefined);
  if (!c.decrypt && r[1]) c.authTag = new Buffer(r[1]);
  return new Buffer(r[0]);
}

// Output text is decoded across calls, so a multibyte character or base64
// group cut between two updates comes out whole.
function decode(self, buf, encoding, last) {
  if (encoding === 'utf-8') encoding = 'utf8';
  if (self._decoder === null) {
    self._decoder = new StringDecoder(encoding);
    self._decoder._requested = encoding;
  }
  assert(self._decoder._requested === encoding, 'Cannot change encoding');
  return last ? self._decoder.end(buf) : self._decoder.write(buf);
}

var cipherMethods = {
  update: function update(data, inputEncoding, outputEncoding) {
    inputEncoding = inputEncoding || exports.DEFAULT_ENCODING;
    outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
    var out = cipherUpdate(this, data, inputEncoding);
    return outputEncoding === 'buffer' ? out : decode(this, out, outputEncoding, false);
  },

  final: function final(outputEncoding) {
    outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
    var out = cipherFinal(this);
    return outputEncoding === 'buffer' ? out : decode(this, out, outputEncoding, true);
  },

  // As in v0.12, a missing argument turns padding off.
  setAutoPadding: function setAutoPadding(ap) {
    if (this._cipher.state !== null) this._cipher.padding = !!ap;
    return this;
  },

  getAuthTag: function getAuthTag() {
    var c = this._cipher;
    if (c.state !== null || c.decrypt || !c.authTag) {
      throw new Error('Attempting to get auth tag in unsupported state');
    }
    return copyBuf(c.authTag);
  },

  setAuthTag: function setAuthTag(tagbuf) {
    if (!isView(tagbuf)) throw new TypeError('Not a buffer');
    var c = this._cipher;
    if (c.state === null || !c.gcm || !c.decrypt) {
      throw new Error('Attempting to set auth tag in unsupported state');
    }
    c.authTag = copyBuf(tagbuf);
    return this;
  },

  setAAD: function setAAD(aadbuf) {
    if (!isView(aadbuf)) throw new TypeError('Not a buffer');
    var c = this._cipher;
    if (c.state === null || !c.gcm) {
      throw new Error('Attempting to set AAD in unsupported state');
    }
    c.state = call('cryptoCipherAad', c.state, bytesOf(aadbuf));
    return this;
  },

  _transform: function _transform(chunk, encoding, callback) {
    this.push(cipherUpdate(this, chunk, encoding));
    callback();
  },

  _flush: function _flush(callback) {
    var out;
    try {
      out = cipherFinal(this);
    } catch (e) {
      callback(e);
      return;
    }
    this.push(out);
    callback();
  }
};

[Cipher, Decipher, Cipheriv, Decipheriv].forEach(function (ctor) {
  util.inherits(ctor, LazyTransform);
  Object.keys(cipherMethods).forEach(function (name) {
    ctor.prototype[name] = cipherMethods[name];
  });
});
// v0.12's old name for a decipher's final().
Decipher.prototype.finaltol = Decipheriv.prototype.finaltol = cipherMethods.final;

exports.Cipher = Cipher;
exports.Decipher = Decipher;
exports.Cipheriv = Cipheriv;
exports.Decipheriv = Decipheriv;

exports.createCipher = function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
};
exports.createDecipher = function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
};
exports.createCipheriv = function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
};
exports.createDecipheriv = function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
};

// ---- lists --------------------------------------------------------------------------

// createHash also takes OpenSSL's RSA- names for the same digests.
var HASH_NAMES = HASHES.concat(HASHES.map(function (h) {
  return 'RSA-' + h.toUpperCase();
})).sort();

exports.getHashes = function getHashes() {
  return HASH_NAMES.slice();
};

var cipherNames = null;

exports.getCiphers = function getCiphers() {
  if (cipherNames === null) cipherNames = call('cryptoCiphers');
  return cipherNames.slice();
};

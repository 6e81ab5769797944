'use strict';
// buffer as documented for Node v0.12. A Buffer is a Uint8Array whose
// prototype is Buffer.prototype (made by the FastBuffer subclass below), so
// indexing, `instanceof Buffer` and memory sharing between slices work the
// same on every engine. Encodings are converted by pure host ops
// (nodeapi/src/ops/buffer.rs); JavaScript only handles what a Rust string
// cannot carry (lone UTF-16 surrogates).
//
// Differences from Node v0.12, on purpose:
// - new Buffer(n) is zero-filled (v0.12 handed out uninitialised memory,
//   which would make a program nondeterministic).
// - writeIntLE/BE write correct bytes for all negative values (v0.12 was off
//   by one for some, e.g. -256), and writeUIntLE/BE reject 2^(8*n).
// - Methods of Uint8Array.prototype that v0.12 Buffers lacked (indexOf,
//   map, ...) are inherited; `buf.set(array[, offset])` keeps working as on
//   any Uint8Array, while `buf.set(index, value)` is v0.12's deprecated form.

var host = internal.host;
var util = require('util');

var kMaxLength = 0x3fffffff;

exports.INSPECT_MAX_BYTES = 50;
exports.kMaxLength = kMaxLength;

// ---- the Buffer type ----------------------------------------------------------

class FastBuffer extends Uint8Array {}

function Buffer(subject, encoding) {
  if (typeof subject === 'number') return allocate(subject);
  if (typeof subject === 'string') return fromString(subject, encoding);
  if (subject !== null && typeof subject === 'object') return fromObject(subject);
  throw new TypeError('must start with number, buffer, array or string');
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true
});
// Uint8Array methods that make new arrays (map, filter, subarray) make Buffers.
Object.defineProperty(Buffer, Symbol.species, {
  get: function () { return FastBuffer; }, configurable: true
});

Buffer.poolSize = 8 * 1024;

exports.Buffer = Buffer;

function checkedLength(n) {
  var length = +n;
  if (length > kMaxLength) {
    throw new RangeError('Attempt to allocate Buffer larger than maximum ' +
      'size: 0x' + kMaxLength.toString(16) + ' bytes');
  }
  return length < 0 ? 0 : length >>> 0;
}

function allocate(n) {
  return new FastBuffer(checkedLength(n));
}

// Bytes (a fresh Uint8Array from the host) as a Buffer, without copying.
function wrap(bytes) {
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

function fromString(str, encoding) {
  if (typeof encoding !== 'string' || encoding.length === 0) encoding = 'utf8';
  var enc = normalizeEncoding(encoding);
  if (enc === null) throw new TypeError('Unknown encoding: ' + encoding.toLowerCase());
  var bytes = encode(str, enc, -1);
  if (bytes.length > kMaxLength) checkedLength(bytes.length);
  return wrap(bytes);
}

function fromObject(obj) {
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) obj = obj.data;
  var buf = allocate(obj.length);
  var n = buf.length;
  if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
    Uint8Array.prototype.set.call(buf, n === obj.length ? obj : obj.subarray(0, n));
  } else {
    for (var i = 0; i < n; i++) buf[i] = obj[i];
  }
  return buf;
}

function SlowBuffer(length) {
  length = length >>> 0;
  if (length > kMaxLength) checkedLength(length);
  return new FastBuffer(length);
}
SlowBuffer.prototype = Buffer.prototype;
exports.SlowBuffer = SlowBuffer;

function isBuffer(b) {
  return b instanceof Buffer;
}
Buffer.isBuffer = isBuffer;

// ---- encodings ------------------------------------------------------------------

// Lower-cased name → canonical name, or null. ('raw' is only a name
// Buffer.isEncoding and Buffer.byteLength know, as in v0.12.)
function normalizeEncoding(enc) {
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    case 'ascii': return 'ascii';
    case 'binary': return 'binary';
    case 'base64': return 'base64';
    case 'hex': return 'hex';
    default: return null;
  }
}

Buffer.isEncoding = function isEncoding(encoding) {
  switch ((encoding + '').toLowerCase()) {
    case 'hex': case 'utf8': case 'utf-8': case 'ascii': case 'binary':
    case 'base64': case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
    case 'raw':
      return true;
    default:
      return false;
  }
};

Buffer.byteLength = function byteLength(str, enc) {
  str = str + '';
  var lower = enc === undefined || enc === null ? 'utf8' : String(enc).toLowerCase();
  switch (lower) {
    case 'ascii': case 'binary': case 'raw':
      return str.length;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
      return str.length * 2;
    case 'hex':
      return str.length >>> 1;
    case 'base64':
      return host('bufBase64Length', str);
    default:
      return host('bufUtf8Length', str);
  }
};

var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasLoneSurrogate(str) {
  return /[\uD800-\uDFFF]/.test(str) && LONE_SURROGATE.test(str);
}

// The bytes of `str` in encoding `enc` (canonical), at most `max` of them
// (-1: no limit), as a Uint8Array.
function encode(str, enc, max) {
  var limit = max < 0 ? null : max;
  switch (enc) {
    case 'utf8':
      return host('bufUtf8Encode', str, limit);
    case 'ascii':
    case 'binary':
      if (hasLoneSurrogate(str)) return unitsEncode(str, limit, 1);
      return host('bufLatin1Encode', str, limit);
    case 'ucs2':
      if (hasLoneSurrogate(str)) return unitsEncode(str, limit, 2);
      return host('bufUcs2Encode', str, limit);
    case 'base64':
      return host('bufBase64Decode', str, limit);
    case 'hex':
      return hexEncode(str, limit);
  }
  throw new TypeError('Unknown encoding: ' + enc);
}

// Code units of a string with lone surrogates: low bytes (width 1) or
// UTF-16LE (width 2).
function unitsEncode(str, limit, width) {
  var n = str.length;
  if (limit !== null) n = Math.min(n, Math.floor(limit / width));
  var out = new Uint8Array(n * width);
  for (var i = 0; i < n; i++) {
    var c = str.charCodeAt(i);
    if (width === 1) {
      out[i] = c & 0xff;
    } else {
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >>> 8;
    }
  }
  return out;
}

function hexEncode(str, limit) {
  if (str.length % 2 !== 0) throw new TypeError('Invalid hex string');
  var bytes = host('bufHexDecode', str, limit);
  if (bytes !== null) return bytes;
  // Not only hex digits: each pair is read as parseInt(pair, 16) and the
  // first unreadable pair is an error, as in Node.
  var n = str.length / 2;
  if (limit !== null) n = Math.min(n, limit);
  var out = new Uint8Array(n);
  for (var i = 0; i < n; i++) {
    var b = parseInt(str.substr(i * 2, 2), 16);
    if (isNaN(b)) throw new TypeError('Invalid hex string');
    out[i] = b;
  }
  return out;
}

// A view of buf[start, end) that the host receives as its bytes.
function rawView(buf, start, end) {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

// UTF-16LE code units → string (for results holding lone surrogates).
function unitsToString(bytes) {
  var s = '';
  var n = bytes.length >>> 1;
  var CHUNK = 4096;
  for (var i = 0; i < n; i += CHUNK) {
    var m = Math.min(CHUNK, n - i);
    var units = new Array(m);
    for (var k = 0; k < m; k++) {
      units[k] = bytes[2 * (i + k)] | (bytes[2 * (i + k) + 1] << 8);
    }
    s += String.fromCharCode.apply(null, units);
  }
  return s;
}

function decode(buf, enc, start, end) {
  var view = rawView(buf, start, end);
  var r;
  switch (enc) {
    case 'utf8':
      r = host('bufUtf8Decode', view);
      return typeof r === 'string' ? r : unitsToString(r);
    case 'ascii':
      return host('bufLatin1Decode', view, true);
    case 'binary':
      return host('bufLatin1Decode', view, false);
    case 'ucs2':
      r = host('bufUcs2Decode', view);
      return typeof r === 'string' ? r : unitsToString(view);
    case 'base64':
      return host('bufBase64Encode', view);
    case 'hex':
      return host('bufHexEncode', view);
  }
  throw new TypeError('Unknown encoding: ' + enc);
}

// ---- static helpers ---------------------------------------------------------------

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new TypeError('Usage: Buffer.concat(list[, length])');
  var i;
  if (length === undefined) {
    length = 0;
    for (i = 0; i < list.length; i++) length += list[i].length;
  } else {
    length = ~~length;
  }
  if (list.length === 0) return new FastBuffer(0);
  if (list.length === 1) return list[0];
  if (length < 0) length = 0;
  var out = allocate(length);
  var pos = 0;
  for (i = 0; i < list.length; i++) {
    var b = list[i];
    b.copy(out, pos);
    pos += b.length;
  }
  return out;
};

function compareBytes(a, b) {
  if (a === b) return 0;
  var n = Math.min(a.length, b.length);
  for (var i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  if (a.length === b.length) return 0;
  return a.length < b.length ? -1 : 1;
}

Buffer.compare = function compare(a, b) {
  if (!isBuffer(a) || !isBuffer(b)) throw new TypeError('Arguments must be Buffers');
  return compareBytes(a, b);
};

// ---- instance methods ---------------------------------------------------------------

var proto = Buffer.prototype;

function method(name, fn) {
  Object.defineProperty(proto, name, {
    value: fn, writable: true, enumerable: false, configurable: true
  });
}

method('toString', function toString(encoding, start, end) {
  start = start >>> 0;
  end = end === undefined || end === Infinity ? this.length : end >>> 0;
  if (!encoding) encoding = 'utf8';
  if (end > this.length) end = this.length;
  if (end <= start) return '';
  var enc = normalizeEncoding(encoding);
  if (enc === null) throw new TypeError('Unknown encoding: ' + encoding);
  return decode(this, enc, start, end);
});

method('write', function write(string, offset, length, encoding) {
  // write(string[, offset[, length]][, encoding]) and the legacy
  // write(string, encoding, offset, length).
  if (isFinite(offset)) {
    if (!isFinite(length)) {
      encoding = length;
      length = undefined;
    }
  } else {
    var swap = encoding;
    encoding = offset;
    offset = length;
    length = swap;
  }
  offset = Number(offset) || 0;
  if (length < 0 || offset < 0 || offset > this.length) {
    throw new RangeError('attempt to write outside buffer bounds');
  }
  var remaining = this.length - offset;
  if (length === undefined || length > remaining) length = remaining;
  else length = Number(length);
  encoding = String(encoding || 'utf8').toLowerCase();
  var enc = normalizeEncoding(encoding);
  if (enc === null) throw new TypeError('Unknown encoding: ' + encoding);
  if (typeof string !== 'string') throw new TypeError('Argument must be a string');
  return writeBytes(this, string, enc, offset, length);
});

function writeBytes(buf, string, enc, offset, length) {
  offset = offset >>> 0;
  length = Math.max(0, Math.min(length >>> 0, buf.length - offset));
  if (length === 0 && enc !== 'hex') return 0;
  var bytes = encode(string, enc, length);
  Uint8Array.prototype.set.call(buf, bytes, offset);
  return bytes.length;
}

// v0.12's semi-public per-encoding helpers (xxxSlice(start, end),
// xxxWrite(string[, offset[, length]])), used by some modules.
['utf8', 'ascii', 'binary', 'base64', 'hex', 'ucs2'].forEach(function (enc) {
  method(enc + 'Slice', function (start, end) {
    start = start === undefined ? 0 : start >>> 0;
    end = end === undefined ? this.length : Math.min(end >>> 0, this.length);
    if (start > end) throw new RangeError('Index out of range');
    return decode(this, enc, start, end);
  });
  method(enc + 'Write', function (string, offset, length) {
    if (typeof string !== 'string') throw new TypeError('Argument must be a string');
    offset = offset === undefined ? 0 : offset >>> 0;
    if (offset > this.length) throw new RangeError('Offset is out of bounds');
    length = length === undefined ? this.length - offset : length >>> 0;
    return writeBytes(this, string, enc, offset, length);
  });
});

method('toJSON', function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this, 0) };
});

method('equals', function equals(b) {
  if (!isBuffer(b)) throw new TypeError('Argument must be a Buffer');
  return compareBytes(this, b) === 0;
});

method('compare', function compare(b) {
  if (!isBuffer(b)) throw new TypeError('Argument must be a Buffer');
  return compareBytes(this, b);
});

method('inspect', function inspect() {
  var str = '';
  var max = exports.INSPECT_MAX_BYTES;
  if (this.length > 0) {
    str = this.toString('hex', 0, max).match(/.{2}/g).join(' ');
    if (this.length > max) str += ' ... ';
  }
  return '<' + this.constructor.name + ' ' + str + '>';
});

function arrayIndex(arg, def) {
  if (arg === undefined) return def;
  var n = arg | 0;
  if (n < 0) throw new RangeError('out of range index');
  return n;
}

method('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isBuffer(target)) throw new TypeError('first arg should be a Buffer');
  var ts = arrayIndex(targetStart, 0);
  var ss = arrayIndex(sourceStart, 0);
  var se = arrayIndex(sourceEnd, this.length);
  if (ts >= target.length || ss >= se) return 0;
  if (ss > this.length) throw new RangeError('out of range index');
  var n = Math.min(se - ss, target.length - ts, this.length - ss);
  if (n <= 0) return 0;
  Uint8Array.prototype.set.call(target, rawView(this, ss, ss + n), ts);
  return n;
});

method('slice', function slice(start, end) {
  var len = this.length;
  start = ~~start;
  end = end === undefined ? len : ~~end;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  } else if (start > len) {
    start = len;
  }
  if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  } else if (end > len) {
    end = len;
  }
  if (end < start) end = start;
  return new FastBuffer(this.buffer, this.byteOffset + start, end - start);
});

method('fill', function fill(value, start, end) {
  value || (value = 0);
  start || (start = 0);
  end || (end = this.length);
  if (end < start) throw new RangeError('end < start');
  if (end === start || this.length === 0) return this;
  if (start < 0 || start >= this.length) throw new RangeError('start out of bounds');
  if (end < 0 || end > this.length) throw new RangeError('end out of bounds');
  start = start >>> 0;
  end = end >>> 0;
  if (typeof value === 'string') {
    var bytes = host('bufUtf8Encode', value, null);
    if (bytes.length === 0) return this;
    var pos = start;
    var set = Uint8Array.prototype.set;
    // Copy the pattern, then keep doubling what is already written.
    var first = Math.min(bytes.length, end - start);
    set.call(this, first === bytes.length ? bytes : bytes.subarray(0, first), pos);
    var filled = first;
    while (start + filled < end) {
      var n = Math.min(filled, end - start - filled);
      this.copyWithin(start + filled, start, start + n);
      filled += n;
    }
    return this;
  }
  Uint8Array.prototype.fill.call(this, (value >>> 0) & 255, start, end);
  return this;
});

// Deprecated in v0.12 but present: get(index), set(index, value).
var deprecatedGet = util.deprecate(function get(offset) {
  return this[offset];
}, '.get() is deprecated. Access using array indexes instead.');
var deprecatedSet = util.deprecate(function set(offset, v) {
  return (this[offset] = v);
}, '.set() is deprecated. Set using array indexes instead.');
method('get', deprecatedGet);
method('set', function set(a, b) {
  if (typeof a === 'number') return deprecatedSet.call(this, a, b);
  return Uint8Array.prototype.set.call(this, a, b);
});

// ---- reading and writing numbers ----------------------------------------------------

function checkOffset(offset, ext, length) {
  if (offset + ext > length) throw new RangeError('index out of range');
}

function checkInt(buf, value, offset, ext, max, min) {
  if (!isBuffer(buf)) throw new TypeError('buffer must be a Buffer instance');
  if (value > max || value < min) throw new TypeError('value is out of bounds');
  if (offset + ext > buf.length) throw new RangeError('index out of range');
}

method('readUIntLE', function readUIntLE(offset, byteLength, noAssert) {
  offset = offset >>> 0;
  byteLength = byteLength >>> 0;
  if (!noAssert) checkOffset(offset, byteLength, this.length);
  var val = this[offset];
  var mul = 1;
  for (var i = 1; i < byteLength; i++) {
    mul *= 0x100;
    val += this[offset + i] * mul;
  }
  return val;
});

method('readUIntBE', function readUIntBE(offset, byteLength, noAssert) {
  offset = offset >>> 0;
  byteLength = byteLength >>> 0;
  if (!noAssert) checkOffset(offset, byteLength, this.length);
  var val = this[offset + byteLength - 1];
  var mul = 1;
  for (var i = byteLength - 2; i >= 0; i--) {
    mul *= 0x100;
    val += this[offset + i] * mul;
  }
  return val;
});

method('readIntLE', function readIntLE(offset, byteLength, noAssert) {
  offset = offset >>> 0;
  byteLength = byteLength >>> 0;
  if (!noAssert) checkOffset(offset, byteLength, this.length);
  var val = this.readUIntLE(offset, byteLength, true);
  if (val >= Math.pow(2, 8 * byteLength - 1)) val -= Math.pow(2, 8 * byteLength);
  return val;
});

method('readIntBE', function readIntBE(offset, byteLength, noAssert) {
  offset = offset >>> 0;
  byteLength = byteLength >>> 0;
  if (!noAssert) checkOffset(offset, byteLength, this.length);
  var val = this.readUIntBE(offset, byteLength, true);
  if (val >= Math.pow(2, 8 * byteLength - 1)) val -= Math.pow(2, 8 * byteLength);
  return val;
});

method('readUInt8', function readUInt8(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 1, this.length);
  return this[offset];
});

method('readUInt16LE', function readUInt16LE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 2, this.length);
  return this[offset] | (this[offset + 1] << 8);
});

method('readUInt16BE', function readUInt16BE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 2, this.length);
  return (this[offset] << 8) | this[offset + 1];
});

method('readUInt32LE', function readUInt32LE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 4, this.length);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16)) +
    this[offset + 3] * 0x1000000;
});

method('readUInt32BE', function readUInt32BE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] * 0x1000000 +
    ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
});

method('readInt8', function readInt8(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 1, this.length);
  var v = this[offset];
  return v & 0x80 ? v - 0x100 : v;
});

method('readInt16LE', function readInt16LE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 2, this.length);
  var v = this[offset] | (this[offset + 1] << 8);
  return v & 0x8000 ? v | 0xFFFF0000 : v;
});

method('readInt16BE', function readInt16BE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 2, this.length);
  var v = (this[offset] << 8) | this[offset + 1];
  return v & 0x8000 ? v | 0xFFFF0000 : v;
});

method('readInt32LE', function readInt32LE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) |
    (this[offset + 3] << 24);
});

method('readInt32BE', function readInt32BE(offset, noAssert) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, 4, this.length);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) |
    this[offset + 3];
});

// Floats go through an 8-byte scratch area so that reads and writes with
// noAssert past the end touch only the bytes that exist.
var scratch = new ArrayBuffer(8);
var scratchView = new DataView(scratch);
var scratchBytes = new Uint8Array(scratch);

function readFloat(buf, offset, noAssert, size, little) {
  offset = offset >>> 0;
  if (!noAssert) checkOffset(offset, size, buf.length);
  for (var i = 0; i < size; i++) scratchBytes[i] = buf[offset + i] || 0;
  return size === 4 ? scratchView.getFloat32(0, little) : scratchView.getFloat64(0, little);
}

function writeFloat(buf, value, offset, noAssert, size, little) {
  value = +value;
  offset = offset >>> 0;
  if (!noAssert) {
    if (!isBuffer(buf)) throw new TypeError('buffer must be a Buffer instance');
    checkOffset(offset, size, buf.length);
  }
  if (size === 4) scratchView.setFloat32(0, value, little);
  else scratchView.setFloat64(0, value, little);
  for (var i = 0; i < size && offset + i < buf.length; i++) buf[offset + i] = scratchBytes[i];
  return offset + size;
}

method('readFloatLE', function readFloatLE(offset, noAssert) {
  return readFloat(this, offset, noAssert, 4, true);
});
method('readFloatBE', function readFloatBE(offset, noAssert) {
  return readFloat(this, offset, noAssert, 4, false);
});
method('readDoubleLE', function readDoubleLE(offset, noAssert) {
  return readFloat(this, offset, noAssert, 8, true);
});
method('readDoubleBE', function readDoubleBE(offset, noAssert) {
  return readFloat(this, offset, noAssert, 8, false);
});
method('writeFloatLE', function writeFloatLE(value, offset, noAssert) {
  return writeFloat(this, value, offset, noAssert, 4, true);
});
method('writeFloatBE', function writeFloatBE(value, offset, noAssert) {
  return writeFloat(this, value, offset, noAssert, 4, false);
});
method('writeDoubleLE', function writeDoubleLE(value, offset, noAssert) {
  return writeFloat(this, value, offset, noAssert, 8, true);
});
method('writeDoubleBE', function writeDoubleBE(value, offset, noAssert) {
  return writeFloat(this, value, offset, noAssert, 8, false);
});

// Byte k (0 = least significant) of an integer of `size` bytes, negative
// values in two's complement.
function intBytes(value, size) {
  var v = Math.trunc(value);
  if (!isFinite(v)) v = 0;
  var mod = Math.pow(2, 8 * size);
  v = v % mod;
  if (v < 0) v += mod;
  var out = new Array(size);
  for (var k = 0; k < size; k++) {
    out[k] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

function writeInt(buf, value, offset, size, little) {
  var bytes = intBytes(value, size);
  for (var k = 0; k < size; k++) {
    var at = little ? offset + k : offset + size - 1 - k;
    if (at < buf.length) buf[at] = bytes[k];
  }
  return offset + size;
}

function intWriter(size, little, signed) {
  var max = signed ? Math.pow(2, 8 * size - 1) - 1 : Math.pow(2, 8 * size) - 1;
  var min = signed ? -Math.pow(2, 8 * size - 1) : 0;
  return function (value, offset, noAssert) {
    value = +value;
    offset = offset >>> 0;
    if (!noAssert) checkInt(this, value, offset, size, max, min);
    return writeInt(this, value, offset, size, little);
  };
}

method('writeUInt8', intWriter(1, true, false));
method('writeUInt16LE', intWriter(2, true, false));
method('writeUInt16BE', intWriter(2, false, false));
method('writeUInt32LE', intWriter(4, true, false));
method('writeUInt32BE', intWriter(4, false, false));
method('writeInt8', intWriter(1, true, true));
method('writeInt16LE', intWriter(2, true, true));
method('writeInt16BE', intWriter(2, false, true));
method('writeInt32LE', intWriter(4, true, true));
method('writeInt32BE', intWriter(4, false, true));

function varIntWriter(little, signed) {
  return function (value, offset, byteLength, noAssert) {
    value = +value;
    offset = offset >>> 0;
    byteLength = byteLength >>> 0;
    if (!noAssert) {
      var bits = 8 * byteLength;
      if (signed) {
        checkInt(this, value, offset, byteLength, Math.pow(2, bits - 1) - 1, -Math.pow(2, bits - 1));
      } else {
        checkInt(this, value, offset, byteLength, Math.pow(2, bits) - 1, 0);
      }
    }
    return writeInt(this, value, offset, byteLength, little);
  };
}

method('writeUIntLE', varIntWriter(true, false));
method('writeUIntBE', varIntWriter(false, false));
method('writeIntLE', varIntWriter(true, true));
method('writeIntBE', varIntWriter(false, true));

// For string_decoder and smalloc.
internal.bufferDecode = function (buf, enc, start, end) {
  return decode(buf, enc, start, end);
};

'use strict';
// string_decoder as documented for Node v0.12: decodes Buffers to strings
// across writes, holding back the bytes of a character (utf8), code unit or
// surrogate pair (ucs2/utf16le) or 3-byte group (base64) that a write cut in
// two until the next write or end(). Other encodings pass straight through.

var Buffer = require('buffer').Buffer;

function normalize(encoding) {
  return (encoding || 'utf8').toLowerCase().replace(/[-_]/, '');
}

function StringDecoder(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new Error('Unknown encoding: ' + encoding);
  }
  this.encoding = normalize(encoding);
  switch (this.encoding) {
    case 'utf8':
    case 'ucs2':
    case 'utf16le':
    case 'base64':
      this._held = new Buffer(0); // bytes of an unfinished unit
      break;
    default:
      this._held = null; // pass-through
  }
  this.charReceived = 0;
}
exports.StringDecoder = StringDecoder;

// How many bytes at the end of `buf` start a UTF-8 character that is not
// complete yet.
function utf8Incomplete(buf) {
  var n = buf.length;
  for (var back = 1; back <= 3 && back <= n; back++) {
    var c = buf[n - back];
    if ((c & 0xC0) === 0x80) continue; // a continuation byte: look further back
    var need = c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC0 && c < 0xE0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function ucs2Incomplete(buf) {
  var n = buf.length;
  var odd = n % 2;
  var whole = n - odd;
  if (whole >= 2) {
    var last = buf[whole - 2] | (buf[whole - 1] << 8);
    if (last >= 0xD800 && last <= 0xDBFF) return odd + 2; // a lead surrogate
  }
  return odd;
}

StringDecoder.prototype.write = function write(buffer) {
  if (this._held === null) return buffer.toString(this.encoding);
  var data = this._held.length ? Buffer.concat([this._held, buffer]) : buffer;
  var keep;
  switch (this.encoding) {
    case 'utf8': keep = utf8Incomplete(data); break;
    case 'base64': keep = data.length % 3; break;
    default: keep = ucs2Incomplete(data);
  }
  var end = data.length - keep;
  // Copied: the caller may reuse its buffer.
  this._held = keep ? new Buffer(data.slice(end)) : new Buffer(0);
  this.charReceived = keep;
  return data.toString(this.encoding, 0, end);
};

StringDecoder.prototype.end = function end(buffer) {
  var res = '';
  if (buffer && buffer.length) res = this.write(buffer);
  if (this._held !== null && this._held.length) {
    res += this._held.toString(this.encoding);
    this._held = new Buffer(0);
    this.charReceived = 0;
  }
  return res;
};

'use strict';
// punycode as bundled with Node v0.12 (Punycode.js 1.2.x API): RFC 3492
// Punycode plus the UCS-2 helpers and the IDNA label mapping.

var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
var INITIAL_BIAS = 72, INITIAL_N = 128, DELIMITER = '-';
var MAX_INT = 2147483647;

var ERRORS = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function error(type) {
  throw new RangeError(ERRORS[type]);
}

// UCS-2 string → array of code points (a lone surrogate stays as it is).
function ucs2decode(string) {
  var out = [];
  var i = 0, len = string.length;
  while (i < len) {
    var c = string.charCodeAt(i++);
    if (c >= 0xD800 && c <= 0xDBFF && i < len) {
      var next = string.charCodeAt(i);
      if ((next & 0xFC00) === 0xDC00) {
        out.push(((c & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  var s = '';
  for (var i = 0; i < codePoints.length; i++) {
    var v = codePoints[i];
    if (v > 0xFFFF) {
      v -= 0x10000;
      s += String.fromCharCode(0xD800 + (v >>> 10 & 0x3FF), 0xDC00 + (v & 0x3FF));
    } else {
      s += String.fromCharCode(v);
    }
  }
  return s;
}

function digitOf(cp) {
  if (cp - 48 < 10) return cp - 22; // 0-9 → 26-35
  if (cp - 65 < 26) return cp - 65; // A-Z
  if (cp - 97 < 26) return cp - 97; // a-z
  return BASE;
}

function charOf(d) {
  // 0-25 → a-z, 26-35 → 0-9
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function adapt(delta, numPoints, firstTime) {
  var k = 0;
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
}

function threshold(k, bias) {
  return k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
}

// Punycode (ASCII) → Unicode string.
function decode(input) {
  var output = [];
  var n = INITIAL_N, i = 0, bias = INITIAL_BIAS;
  var basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (var j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  var pos = basic > 0 ? basic + 1 : 0;
  while (pos < input.length) {
    var oldi = i, w = 1;
    for (var k = BASE; ; k += BASE) {
      if (pos >= input.length) error('invalid-input');
      var digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) error('overflow');
      i += digit * w;
      var t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) error('overflow');
      w *= BASE - t;
    }
    var len = output.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > MAX_INT - n) error('overflow');
    n += Math.floor(i / len);
    i %= len;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// Unicode string → Punycode (ASCII).
function encode(input) {
  var cps = ucs2decode(input);
  var output = '';
  var n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  var j, cp;
  for (j = 0; j < cps.length; j++) {
    if (cps[j] < 0x80) output += String.fromCharCode(cps[j]);
  }
  var basicLength = output.length;
  var handled = basicLength;
  if (basicLength) output += DELIMITER;
  while (handled < cps.length) {
    var m = MAX_INT;
    for (j = 0; j < cps.length; j++) {
      cp = cps[j];
      if (cp >= n && cp < m) m = cp;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) error('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (j = 0; j < cps.length; j++) {
      cp = cps[j];
      if (cp < n && ++delta > MAX_INT) error('overflow');
      if (cp === n) {
        var q = delta;
        for (var k = BASE; ; k += BASE) {
          var t = threshold(k, bias);
          if (q < t) break;
          output += charOf(t + (q - t) % (BASE - t));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += charOf(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

var SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

function mapDomain(domain, fn) {
  return String(domain).split(SEPARATORS).map(fn).join('.');
}

function toUnicode(domain) {
  return mapDomain(domain, function (label) {
    return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label;
  });
}

function toASCII(domain) {
  return mapDomain(domain, function (label) {
    return /[^ -~]/.test(label) ? 'xn--' + encode(label) : label;
  });
}

exports.version = '1.2.0';
exports.ucs2 = { decode: ucs2decode, encode: ucs2encode };
exports.decode = decode;
exports.encode = encode;
exports.toASCII = toASCII;
exports.toUnicode = toUnicode;

'use strict';
// querystring as documented for Node v0.12.

var QueryString = exports;
var hasOwn = Object.prototype.hasOwnProperty;

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 65 && c <= 70) return c - 55; // A-F
  if (c >= 97 && c <= 102) return c - 87; // a-f
  return -1;
}

// Tolerant %XX decoding into bytes: malformed escapes stay as they are;
// with decodeSpaces, '+' becomes a space. Other characters are taken as
// UTF-8 (as Node does when it writes the string into a Buffer).
function unescapeBytes(s, decodeSpaces) {
  var bytes = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      bytes.push(32);
    } else if (c === 37 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 &&
      hexValue(s.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // The character as UTF-8 (a lone surrogate becomes U+FFFD).
      var cp = c;
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
        cp = ((c & 0x3FF) << 10) + (s.charCodeAt(++i) & 0x3FF) + 0x10000;
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        cp = 0xFFFD;
      }
      utf8Push(bytes, cp);
    }
  }
  return bytes;
}

function utf8Push(bytes, cp) {
  if (cp < 0x800) {
    bytes.push(0xC0 | cp >> 6, 0x80 | cp & 63);
  } else if (cp < 0x10000) {
    bytes.push(0xE0 | cp >> 12, 0x80 | cp >> 6 & 63, 0x80 | cp & 63);
  } else {
    bytes.push(0xF0 | cp >> 18, 0x80 | cp >> 12 & 63, 0x80 | cp >> 6 & 63, 0x80 | cp & 63);
  }
}

// Bytes → string, invalid UTF-8 sequences becoming U+FFFD (one per bad byte).
function utf8Decode(bytes) {
  var out = '';
  var i = 0, n = bytes.length;
  while (i < n) {
    var b = bytes[i];
    var need = 0, cp = 0, min = 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F; min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0x0F; min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x07; min = 0x10000;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    var j = 1;
    for (; j <= need && i + j < n; j++) {
      var cb = bytes[i + j];
      if ((cb & 0xC0) !== 0x80) break;
      cp = (cp << 6) | (cb & 0x3F);
    }
    if (j <= need || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out += '\uFFFD';
      i++;
      continue;
    }
    i += need + 1;
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      out += String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      out += String.fromCharCode(cp);
    }
  }
  return out;
}

// Buffer is written by another module; only offered when it exists.
QueryString.unescapeBuffer = function unescapeBuffer(s, decodeSpaces) {
  var bytes = unescapeBytes(String(s), decodeSpaces);
  var B = globalThis.Buffer;
  if (typeof B !== 'function') {
    throw new Error('querystring.unescapeBuffer needs Buffer');
  }
  var buf = new B(bytes.length);
  for (var i = 0; i < bytes.length; i++) buf[i] = bytes[i];
  return buf;
};

QueryString.unescape = function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return utf8Decode(unescapeBytes(String(s), decodeSpaces));
  }
};

QueryString.escape = function escape(str) {
  return encodeURIComponent(str);
};

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return isFinite(v) ? String(v) : '';
  return '';
}

QueryString.stringify = QueryString.encode = function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  return Object.keys(obj).map(function (k) {
    var ks = encode(stringifyPrimitive(k)) + eq;
    var v = obj[k];
    if (Array.isArray(v)) {
      return v.map(function (item) {
        return ks + encode(stringifyPrimitive(item));
      }).join(sep);
    }
    return ks + encode(stringifyPrimitive(v));
  }).join(sep);
};

QueryString.parse = QueryString.decode = function parse(qs, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var obj = {};
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  var parts = qs.split(sep);
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  var len = parts.length;
  if (maxKeys > 0 && len > maxKeys) len = maxKeys;

  var decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }

  for (var i = 0; i < len; i++) {
    var x = parts[i].replace(/\+/g, '%20');
    var idx = x.indexOf(eq);
    var kstr, vstr, k, v;
    if (idx >= 0) {
      kstr = x.substr(0, idx);
      vstr = x.substr(idx + eq.length);
    } else {
      kstr = x;
      vstr = '';
    }
    try {
      k = decode(kstr);
      v = decode(vstr);
    } catch (e) {
      k = QueryString.unescape(kstr, true);
      v = QueryString.unescape(vstr, true);
    }
    if (!hasOwn.call(obj, k)) {
      obj[k] = v;
    } else if (Array.isArray(obj[k])) {
      obj[k].push(v);
    } else {
      obj[k] = [obj[k], v];
    }
  }
  return obj;
};

'use strict';
// path as documented for Node v0.12: the module is the POSIX flavour (persha
// runs on POSIX hosts) with `path.posix` (the module itself) and `path.win32`
// (Windows semantics, pure string handling, usable on any host).
//
// v0.12 quirks kept on purpose:
// - dirname/basename/extname/parse split with one regular expression, so
//   repeated separators before the last segment survive
//   (dirname('/a//b') === '/a/'), and non-strings given to
//   dirname/basename/extname are coerced ('' for extname(undefined)).
// - extname: '.index' -> '', 'index.' -> '.', '..' -> ''.
// - join and resolve throw TypeError('Arguments to path.<fn> must be
//   strings') for non-strings; parse/format check their argument.
// - drive letters keep their case (v0.11.15 stopped lower-casing them).

// Resolve '.' and '..' segments; empty segments are dropped. '..' above the
// start is kept only when allowAboveRoot (relative paths).
function normalizeArray(parts, allowAboveRoot) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(p);
    }
  }
  return out;
}

// Drop empty elements from both ends of an array.
function trimArray(arr) {
  var start = 0, end = arr.length - 1;
  while (start <= end && arr[start] === '') start++;
  while (end >= start && arr[end] === '') end--;
  return arr.slice(start, end + 1);
}

function stripExt(base, ext) {
  if (ext && base.substr(-1 * ext.length) === ext) {
    return base.substr(0, base.length - ext.length);
  }
  return base;
}

function checkPathObject(obj) {
  if (obj === null || typeof obj !== 'object') {
    throw new TypeError("Parameter 'pathObject' must be an object, not " + typeof obj);
  }
  var root = obj.root || '';
  if (typeof root !== 'string') {
    throw new TypeError("'pathObject.root' must be a string or undefined, not " +
      typeof obj.root);
  }
}

function checkPathString(p) {
  if (typeof p !== 'string') {
    throw new TypeError("Parameter 'pathString' must be a string, not " + typeof p);
  }
}

// ---- POSIX -----------------------------------------------------------------

var posix = exports;

// [root ('/' or ''), dir (with its trailing slash), base, ext]
var posixSplitRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;

function posixSplit(p) {
  return posixSplitRe.exec(p).slice(1);
}

function posixNotString(p, what) {
  if (typeof p !== 'string') {
    throw new TypeError('Arguments to path.' + what + ' must be strings');
  }
}

posix.sep = '/';
posix.delimiter = ':';

posix.resolve = function resolve() {
  var resolved = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
    var p = i >= 0 ? arguments[i] : globalThis.process.cwd();
    posixNotString(p, 'resolve');
    if (!p) continue;
    resolved = p + '/' + resolved;
    absolute = p.charAt(0) === '/';
  }
  resolved = normalizeArray(resolved.split('/'), !absolute).join('/');
  return ((absolute ? '/' : '') + resolved) || '.';
};

posix.normalize = function normalize(p) {
  posixNotString(p, 'normalize');
  var absolute = p.charAt(0) === '/';
  var trailingSlash = p.charAt(p.length - 1) === '/';
  p = normalizeArray(p.split('/'), !absolute).join('/');
  if (!p && !absolute) p = '.';
  if (p && trailingSlash) p += '/';
  return (absolute ? '/' : '') + p;
};

posix.isAbsolute = function isAbsolute(p) {
  posixNotString(p, 'isAbsolute');
  return p.charAt(0) === '/';
};

posix.join = function join() {
  var joined = '';
  for (var i = 0; i < arguments.length; i++) {
    var segment = arguments[i];
    posixNotString(segment, 'join');
    if (segment) joined = joined ? joined + '/' + segment : segment;
  }
  return posix.normalize(joined);
};

posix.relative = function relative(from, to) {
  var fromParts = trimArray(posix.resolve(from).substr(1).split('/'));
  var toParts = trimArray(posix.resolve(to).substr(1).split('/'));
  var length = Math.min(fromParts.length, toParts.length);
  var same = length;
  for (var i = 0; i < length; i++) {
    if (fromParts[i] !== toParts[i]) { same = i; break; }
  }
  var out = [];
  for (i = same; i < fromParts.length; i++) out.push('..');
  return out.concat(toParts.slice(same)).join('/');
};

posix._makeLong = function _makeLong(p) { return p; };

posix.dirname = function dirname(p) {
  var parts = posixSplit(p);
  var root = parts[0], dir = parts[1];
  if (!root && !dir) return '.';
  if (dir) dir = dir.substr(0, dir.length - 1);
  return root + dir;
};

posix.basename = function basename(p, ext) {
  return stripExt(posixSplit(p)[2], ext);
};

posix.extname = function extname(p) {
  return posixSplit(p)[3];
};

posix.format = function format(obj) {
  checkPathObject(obj);
  var dir = obj.dir ? obj.dir + posix.sep : '';
  return dir + (obj.base || '');
};

posix.parse = function parse(p) {
  checkPathString(p);
  var parts = posixSplit(p);
  var root = parts[0], dir = parts[1] || '', base = parts[2] || '', ext = parts[3] || '';
  return {
    root: root,
    dir: root + dir.slice(0, -1),
    base: base,
    ext: ext,
    name: base.slice(0, base.length - ext.length)
  };
};

posix.posix = posix;

// ---- win32 -----------------------------------------------------------------

var win32 = {};

// [*, device ('C:' or '//server/share'), slash, tail]
var splitDeviceRe =
  /^([a-zA-Z]:|[\\\/]{2}[^\\\/]+[\\\/]+[^\\\/]+)?([\\\/])?([\s\S]*?)$/;
// [*, dir, base, ext] of a tail
var splitTailRe =
  /^([\s\S]*?)((?:\.{1,2}|[^\\\/]+?|)(\.[^.\/\\]*|))(?:[\\\/]*)$/;

// [root (device + slash), dir (with trailing slash), base, ext]
function win32Split(p) {
  var m = splitDeviceRe.exec(p);
  var root = (m[1] || '') + (m[2] || '');
  var t = splitTailRe.exec(m[3] || '');
  return [root, t[1], t[2], t[3]];
}

function win32Stat(p) {
  var m = splitDeviceRe.exec(p);
  var device = m[1] || '';
  var isUnc = !!device && device.charAt(1) !== ':';
  return {
    device: device,
    isUnc: isUnc,
    isAbsolute: isUnc || !!m[2], // UNC paths are always absolute
    tail: m[3]
  };
}

// '//server//share' -> '\\\\server\\share'
function normalizeUNCRoot(device) {
  return '\\\\' + device.replace(/^[\\\/]+/, '').replace(/[\\\/]+/g, '\\');
}

win32.sep = '\\';
win32.delimiter = ';';

win32.resolve = function resolve() {
  var proc = globalThis.process;
  var resolvedDevice = '';
  var resolvedTail = '';
  var resolvedAbsolute = false;
  var isUnc = false;
  for (var i = arguments.length - 1; i >= -1; i--) {
    var p;
    if (i >= 0) {
      p = arguments[i];
    } else if (!resolvedDevice) {
      p = proc.cwd();
    } else {
      // A drive-relative path: use that drive's cwd (the '=C:' variable
      // Windows keeps), or the drive root.
      p = proc.env['=' + resolvedDevice];
      if (!p || p.substr(0, 3).toLowerCase() !== resolvedDevice.toLowerCase() + '\\') {
        p = resolvedDevice + '\\';
      }
    }
    if (typeof p !== 'string') {
      throw new TypeError('Arguments to path.resolve must be strings');
    }
    if (!p) continue;

    var st = win32Stat(p);
    isUnc = st.isUnc;
    // A path on another device does not apply.
    if (st.device && resolvedDevice &&
        st.device.toLowerCase() !== resolvedDevice.toLowerCase()) {
      continue;
    }
    if (!resolvedDevice) resolvedDevice = st.device;
    if (!resolvedAbsolute) {
      resolvedTail = st.tail + '\\' + resolvedTail;
      resolvedAbsolute = st.isAbsolute;
    }
    if (resolvedDevice && resolvedAbsolute) break;
  }
  if (isUnc) resolvedDevice = normalizeUNCRoot(resolvedDevice);
  resolvedTail = normalizeArray(resolvedTail.split(/[\\\/]+/), !resolvedAbsolute).join('\\');
  return (resolvedDevice + (resolvedAbsolute ? '\\' : '') + resolvedTail) || '.';
};

win32.normalize = function normalize(p) {
  var st = win32Stat(p);
  var device = st.device;
  var tail = st.tail;
  var trailingSlash = /[\\\/]$/.test(tail);
  tail = normalizeArray(tail.split(/[\\\/]+/), !st.isAbsolute).join('\\');
  if (!tail && !st.isAbsolute) tail = '.';
  if (tail && trailingSlash) tail += '\\';
  if (st.isUnc) device = normalizeUNCRoot(device);
  return device + (st.isAbsolute ? '\\' : '') + tail;
};

win32.isAbsolute = function isAbsolute(p) {
  return win32Stat(p).isAbsolute;
};

win32.join = function join() {
  var paths = [];
  for (var i = 0; i < arguments.length; i++) {
    var arg = arguments[i];
    if (typeof arg !== 'string') {
      throw new TypeError('Arguments to path.join must be strings');
    }
    if (arg) paths.push(arg);
  }
  var joined = paths.join('\\');
  // A leading '\\\\' would read as a UNC root; keep it only when the first
  // argument itself clearly starts one ('//server...').
  if (!/^[\\\/]{2}[^\\\/]/.test(paths[0])) {
    joined = joined.replace(/^[\\\/]{2,}/, '\\');
  }
  return win32.normalize(joined);
};

// Case-insensitive comparison; a path on another root comes back absolute.
win32.relative = function relative(from, to) {
  from = win32.resolve(from);
  to = win32.resolve(to);
  var toParts = trimArray(to.split('\\'));
  var lowerFromParts = trimArray(from.toLowerCase().split('\\'));
  var lowerToParts = trimArray(to.toLowerCase().split('\\'));
  var length = Math.min(lowerFromParts.length, lowerToParts.length);
  var same = length;
  for (var i = 0; i < length; i++) {
    if (lowerFromParts[i] !== lowerToParts[i]) { same = i; break; }
  }
  if (same === 0) return to;
  var out = [];
  for (i = same; i < lowerFromParts.length; i++) out.push('..');
  return out.concat(toParts.slice(same)).join('\\');
};

win32._makeLong = function _makeLong(p) {
  if (typeof p !== 'string') return p;
  if (!p) return '';
  var resolved = win32.resolve(p);
  if (/^[a-zA-Z]:\\/.test(resolved)) return '\\\\?\\' + resolved;
  if (/^\\\\[^?.]/.test(resolved)) return '\\\\?\\UNC\\' + resolved.substring(2);
  return p;
};

win32.dirname = function dirname(p) {
  var parts = win32Split(p);
  var root = parts[0], dir = parts[1];
  if (!root && !dir) return '.';
  if (dir) dir = dir.substr(0, dir.length - 1);
  return root + dir;
};

win32.basename = function basename(p, ext) {
  return stripExt(win32Split(p)[2], ext);
};

win32.extname = function extname(p) {
  return win32Split(p)[3];
};

win32.format = function format(obj) {
  checkPathObject(obj);
  var dir = obj.dir;
  var base = obj.base || '';
  if (!dir) return base;
  if (dir.charAt(dir.length - 1) === win32.sep) return dir + base;
  return dir + win32.sep + base;
};

win32.parse = function parse(p) {
  checkPathString(p);
  var parts = win32Split(p);
  return {
    root: parts[0],
    dir: parts[0] + parts[1].slice(0, -1),
    base: parts[2],
    ext: parts[3],
    name: parts[2].slice(0, parts[2].length - parts[3].length)
  };
};

posix.win32 = win32;

'use strict';
// POSIX path handling as documented for Node v0.12 (persha only runs on POSIX
// hosts; path.win32 is not provided yet).

function assertPath(p, what) {
  if (typeof p !== 'string') {
    throw new TypeError('Arguments to path.' + what + ' must be strings');
  }
}

// Resolve '.' and '..' segments; empty segments are dropped.
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

exports.sep = '/';
exports.delimiter = ':';

exports.resolve = function resolve() {
  var resolved = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
    var p = i >= 0 ? arguments[i] : globalThis.process.cwd();
    assertPath(p, 'resolve');
    if (!p) continue;
    resolved = p + '/' + resolved;
    absolute = p.charAt(0) === '/';
  }
  resolved = normalizeArray(resolved.split('/'), !absolute).join('/');
  return ((absolute ? '/' : '') + resolved) || '.';
};

exports.normalize = function normalize(p) {
  assertPath(p, 'normalize');
  var absolute = exports.isAbsolute(p);
  var trailingSlash = p && p.charAt(p.length - 1) === '/';
  p = normalizeArray(p.split('/'), !absolute).join('/');
  if (!p && !absolute) p = '.';
  if (p && trailingSlash) p += '/';
  return (absolute ? '/' : '') + p;
};

exports.isAbsolute = function isAbsolute(p) {
  assertPath(p, 'isAbsolute');
  return p.charAt(0) === '/';
};

exports.join = function join() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    var segment = arguments[i];
    assertPath(segment, 'join');
    if (segment) parts.push(segment);
  }
  return exports.normalize(parts.join('/'));
};

exports.relative = function relative(from, to) {
  from = exports.resolve(from).substr(1);
  to = exports.resolve(to).substr(1);
  function trim(arr) {
    var start = 0, end = arr.length - 1;
    while (start < arr.length && arr[start] === '') start++;
    while (end >= 0 && arr[end] === '') end--;
    return start > end ? [] : arr.slice(start, end + 1);
  }
  var fromParts = trim(from.split('/'));
  var toParts = trim(to.split('/'));
  var length = Math.min(fromParts.length, toParts.length);
  var same = length;
  for (var i = 0; i < length; i++) {
    if (fromParts[i] !== toParts[i]) { same = i; break; }
  }
  var up = [];
  for (i = same; i < fromParts.length; i++) up.push('..');
  return up.concat(toParts.slice(same)).join('/');
};

function stripTrailingSlashes(p) {
  var end = p.length;
  while (end > 1 && p.charAt(end - 1) === '/') end--;
  return p.slice(0, end);
}

exports.dirname = function dirname(p) {
  assertPath(p, 'dirname');
  if (!p) return '.';
  p = stripTrailingSlashes(p);
  var idx = p.lastIndexOf('/');
  if (idx < 0) return '.';
  if (idx === 0) return '/';
  var dir = stripTrailingSlashes(p.slice(0, idx));
  return dir || '/';
};

exports.basename = function basename(p, ext) {
  assertPath(p, 'basename');
  p = stripTrailingSlashes(p);
  var base = p === '/' ? '' : p.slice(p.lastIndexOf('/') + 1);
  if (ext && base.substr(-1 * ext.length) === ext) {
    base = base.substr(0, base.length - ext.length);
  }
  return base;
};

exports.extname = function extname(p) {
  assertPath(p, 'extname');
  var base = exports.basename(p);
  if (base === '..') return '';
  var idx = base.lastIndexOf('.');
  return idx <= 0 ? '' : base.slice(idx);
};

exports.parse = function parse(p) {
  if (typeof p !== 'string') {
    throw new TypeError("Parameter 'pathString' must be a string, not " + typeof p);
  }
  var root = p.charAt(0) === '/' ? '/' : '';
  var base = exports.basename(p);
  var ext = exports.extname(p);
  var dir = '';
  var trimmed = stripTrailingSlashes(p);
  var idx = trimmed.lastIndexOf('/');
  if (idx > 0) dir = trimmed.slice(0, idx);
  else if (idx === 0) dir = '/';
  return { root: root, dir: dir, base: base, ext: ext, name: base.slice(0, base.length - ext.length) };
};

exports.format = function format(obj) {
  if (obj === null || typeof obj !== 'object') {
    throw new TypeError("Parameter 'pathObject' must be an object, not " + typeof obj);
  }
  var root = obj.root || '';
  if (typeof root !== 'string') {
    throw new TypeError("'pathObject.root' must be a string or undefined, not " + typeof obj.root);
  }
  var dir = obj.dir ? obj.dir + exports.sep : '';
  return dir + (obj.base || '');
};

exports._makeLong = function (p) { return p; };
exports.posix = exports;

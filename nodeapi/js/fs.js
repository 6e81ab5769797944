'use strict';
// fs as documented for Node v0.12: for now a READ-ONLY subset.
//
// Present: readFileSync, existsSync, statSync, lstatSync, readdirSync,
// realpathSync, accessSync, their callback forms (readFile, exists, stat,
// lstat, readdir, realpath, access), fs.Stats and the access constants.
//
// Every other fs function (writeFileSync, open, createReadStream, watch...)
// is ABSENT, not faked: `typeof fs.writeFileSync === 'undefined'` until a
// later issue adds writes, file descriptors, streams and watchers over an
// effect-safe op class.
//
// Each call reads the file system through an input op (nodeapi/src/ops/fs.rs):
// the answer is journaled and replayed unchanged, so a recovered program sees
// exactly the contents it saw before. The callback forms do the same read
// synchronously and deliver the result asynchronously (setImmediate); a later
// issue moves them to real asynchronous I/O.
//
// Paths are resolved against process.cwd() (which persha keeps in the heap),
// and errors have v0.12's shape: message `ENOENT, open 'x'`, `errno` (negative,
// as libuv's), `code`, `path`, plus `syscall` as later Node versions add.

var pathModule = require('path');
var constants = require('constants');
var Buffer = require('buffer').Buffer;
var timers = require('timers');
var host = internal.host;

var fs = exports;

fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;

// ---- helpers ------------------------------------------------------------------------

function nullCheck(path, callback) {
  if (('' + path).indexOf('\u0000') !== -1) {
    var er = new Error('Path must be a string without null bytes.');
    er.code = 'ENOENT';
    if (typeof callback !== 'function') throw er;
    timers.setImmediate(function () {
      callback(er);
    });
    return false;
  }
  return true;
}

function checkPath(path) {
  if (typeof path !== 'string') throw new TypeError('path must be a string');
}

// Run an op on the absolute form of `path`; a host error becomes an Error
// thrown from here that names the path as the caller gave it.
function call(op, path, extra) {
  var abs = pathModule.resolve(process.cwd(), path);
  try {
    return extra === undefined ? host(op, abs) : host(op, abs, extra);
  } catch (e) {
    throw rebuild(e, abs, path);
  }
}

function rebuild(e, abs, path) {
  if (!e || typeof e.code !== 'string' || typeof e.errno !== 'number') return e;
  var msg = e.code + ', ' + e.syscall;
  if (e.path !== undefined) msg += " '" + path + "'";
  var err = new Error(msg);
  err.errno = e.errno;
  err.code = e.code;
  if (e.path !== undefined) err.path = path;
  err.syscall = e.syscall;
  return err;
}

// The callback for an async form: without a function, errors are thrown
// (asynchronously) like v0.12's rethrow().
function makeCallback(cb) {
  if (typeof cb === 'function') return cb;
  return function (err) {
    if (err) throw err;
  };
}

// Run `work` now (its reads are journaled in this turn) and call back on a
// later turn with (err) or (null, result).
function later(work, callback) {
  var err = null, result;
  try {
    result = work();
  } catch (e) {
    err = e;
  }
  timers.setImmediate(function () {
    if (err) callback(err);
    else callback(null, result);
  });
}

// ---- fs.Stats -----------------------------------------------------------------------

fs.Stats = function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimMsec, mtimMsec, ctimMsec, birthtimMsec) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atime = new Date(atimMsec);
  this.mtime = new Date(mtimMsec);
  this.ctime = new Date(ctimMsec);
  this.birthtime = new Date(birthtimMsec);
};

fs.Stats.prototype._checkModeProperty = function (property) {
  return ((this.mode & constants.S_IFMT) === property);
};

fs.Stats.prototype.isDirectory = function () {
  return this._checkModeProperty(constants.S_IFDIR);
};

fs.Stats.prototype.isFile = function () {
  return this._checkModeProperty(constants.S_IFREG);
};

fs.Stats.prototype.isBlockDevice = function () {
  return this._checkModeProperty(constants.S_IFBLK);
};

fs.Stats.prototype.isCharacterDevice = function () {
  return this._checkModeProperty(constants.S_IFCHR);
};

fs.Stats.prototype.isSymbolicLink = function () {
  return this._checkModeProperty(constants.S_IFLNK);
};

fs.Stats.prototype.isFIFO = function () {
  return this._checkModeProperty(constants.S_IFIFO);
};

fs.Stats.prototype.isSocket = function () {
  return this._checkModeProperty(constants.S_IFSOCK);
};

// Linux has no birth time; libuv reports the change time, as here.
function toStats(s) {
  return new fs.Stats(s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino,
    s.size, s.blocks, s.atimeMs, s.mtimeMs, s.ctimeMs, s.ctimeMs);
}

// ---- stat / lstat / exists / access -----------------------------------------------

fs.statSync = function statSync(path) {
  checkPath(path);
  nullCheck(path);
  return toStats(call('fsStat', path));
};

fs.lstatSync = function lstatSync(path) {
  checkPath(path);
  nullCheck(path);
  return toStats(call('fsLstat', path));
};

fs.stat = function stat(path, callback) {
  callback = makeCallback(callback);
  checkPath(path);
  if (!nullCheck(path, callback)) return;
  later(function () { return fs.statSync(path); }, callback);
};

fs.lstat = function lstat(path, callback) {
  callback = makeCallback(callback);
  checkPath(path);
  if (!nullCheck(path, callback)) return;
  later(function () { return fs.lstatSync(path); }, callback);
};

fs.existsSync = function existsSync(path) {
  try {
    nullCheck(path);
    call('fsStat', String(path));
    return true;
  } catch (e) {
    return false;
  }
};

fs.exists = function exists(path, callback) {
  var result = fs.existsSync(path);
  timers.setImmediate(function () {
    if (typeof callback === 'function') callback(result);
  });
};

fs.accessSync = function accessSync(path, mode) {
  checkPath(path);
  nullCheck(path);
  mode = mode === undefined ? fs.F_OK : mode | 0;
  call('fsAccess', path, mode);
};

fs.access = function access(path, mode, callback) {
  checkPath(path);
  if (typeof mode === 'function') {
    callback = mode;
    mode = fs.F_OK;
  } else if (typeof callback !== 'function') {
    throw new TypeError('callback must be a function');
  }
  if (!nullCheck(path, callback)) return;
  later(function () { fs.accessSync(path, mode); }, callback);
};

// ---- readdir ------------------------------------------------------------------------

fs.readdirSync = function readdirSync(path) {
  checkPath(path);
  nullCheck(path);
  return call('fsReaddir', path);
};

fs.readdir = function readdir(path, callback) {
  callback = makeCallback(callback);
  checkPath(path);
  if (!nullCheck(path, callback)) return;
  later(function () { return fs.readdirSync(path); }, callback);
};

// ---- readFile -----------------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new Error('Unknown encoding: ' + encoding);
  }
}

function readOptions(options) {
  if (!options || typeof options === 'function') {
    options = { encoding: null, flag: 'r' };
  } else if (typeof options === 'string') {
    options = { encoding: options, flag: 'r' };
  } else if (typeof options !== 'object') {
    throw new TypeError('Bad arguments');
  }
  assertEncoding(options.encoding);
  var flag = options.flag || 'r';
  if (flag !== 'r' && flag !== 'rs') {
    throw new Error("persha: fs.readFile with flag '" + flag + "' is not supported yet " +
      '(the fs module is read-only for now)');
  }
  return options;
}

function readFileNow(path, options) {
  checkPath(path);
  nullCheck(path);
  var bytes = call('fsReadFile', path);
  var buffer = new Buffer(bytes);
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

fs.readFileSync = function readFileSync(path, options) {
  return readFileNow(path, readOptions(options));
};

fs.readFile = function readFile(path, options, callback_) {
  var callback = makeCallback(arguments[arguments.length - 1]);
  options = readOptions(options);
  if (!nullCheck(path, callback)) return;
  later(function () { return readFileNow(path, options); }, callback);
};

// ---- realpath -----------------------------------------------------------------------

// The error v0.12's component-wise walk would meet: lstat of the first
// missing (or non-directory) prefix.
function realpathError(abs, original) {
  var parts = abs.split('/').filter(Boolean);
  var prefix = '';
  for (var i = 0; i < parts.length; i++) {
    prefix += '/' + parts[i];
    try {
      host('fsLstat', prefix);
    } catch (e) {
      return rebuild(e, prefix, prefix);
    }
  }
  return original;
}

fs.realpathSync = function realpathSync(p, cache) {
  checkPath(p);
  nullCheck(p);
  var abs = pathModule.resolve(process.cwd(), p);
  if (cache && Object.prototype.hasOwnProperty.call(cache, abs)) return cache[abs];
  var real;
  try {
    real = host('realpath', abs);
  } catch (e) {
    throw realpathError(abs, rebuild(e, abs, p));
  }
  if (cache) cache[abs] = real;
  return real;
};

fs.realpath = function realpath(p, cache, callback) {
  if (typeof callback !== 'function') {
    callback = makeCallback(cache);
    cache = null;
  }
  checkPath(p);
  if (!nullCheck(p, callback)) return;
  later(function () { return fs.realpathSync(p, cache); }, callback);
};

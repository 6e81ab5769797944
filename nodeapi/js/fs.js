'use strict';
// fs as documented for Node v0.12: a subset.
//
// Present: readFileSync, existsSync, statSync, lstatSync, readdirSync,
// realpathSync, accessSync, writeFileSync, appendFileSync, mkdirSync,
// rmdirSync, unlinkSync, renameSync, truncateSync, chmodSync, symlinkSync,
// utimesSync, their callback forms (readFile, exists, stat, lstat, readdir,
// realpath, access, writeFile, appendFile, mkdir, rmdir, unlink, rename,
// truncate, chmod, symlink, utimes), fs.Stats and the access constants.
//
// Every other fs function (open, close, read, write, fstat, ftruncate, link,
// readlink, chown, createReadStream, createWriteStream, watch, watchFile...)
// is ABSENT, not faked: `typeof fs.openSync === 'undefined'` until a later
// issue adds file descriptors, streams and watchers.
//
// Each read goes through an input op (nodeapi/src/ops/fs.rs): the answer is
// journaled and replayed unchanged, so a recovered program sees exactly the
// contents it saw before. Each write goes through an act op: the journal is
// committed first, the act is performed once live, and its answer (success
// or error) is journaled; replay hands the answer back without acting again.
// A crash during the turn that acts re-runs that turn, so its acts may happen
// twice: programs that must survive crashes keep each turn's writes
// idempotent. The callback forms do the same work synchronously and deliver
// the result asynchronously (setImmediate); a later issue moves them to real
// asynchronous I/O.
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
      '(reading needs a read flag)');
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

// ---- writes (act ops) ---------------------------------------------------------------

// v0.12's modeNum: a number, an octal string, or the default.
function modeNum(m, def) {
  if (typeof m === 'number') return m;
  if (typeof m === 'string') return parseInt(m, 8);
  return def;
}

// Run an act op whose arguments hold absolute paths; an error naming one of
// them is rebuilt to name the path the caller gave. `paths` maps each absolute
// path to the caller's form.
function act(op, args, paths) {
  try {
    return host.apply(null, [op].concat(args));
  } catch (e) {
    var given = e && e.path !== undefined && paths.hasOwnProperty(e.path) ? paths[e.path] : e && e.path;
    throw rebuild(e, e && e.path, given);
  }
}

function onePath(op, path, rest) {
  checkPath(path);
  nullCheck(path);
  var abs = pathModule.resolve(process.cwd(), path);
  var paths = {};
  paths[abs] = path;
  return act(op, [abs].concat(rest || []), paths);
}

function writeOptions(options, defaultFlag) {
  if (!options || typeof options === 'function') {
    options = { encoding: 'utf8', mode: 438, flag: defaultFlag };
  } else if (typeof options === 'string') {
    options = { encoding: options, mode: 438, flag: defaultFlag };
  } else if (typeof options !== 'object') {
    throw new TypeError('Bad arguments');
  }
  assertEncoding(options.encoding);
  return options;
}

function writeFileNow(path, data, options) {
  var flag = options.flag || 'w';
  if (!Buffer.isBuffer(data)) {
    data = new Buffer('' + data, options.encoding || 'utf8');
  }
  var bytes = new Uint8Array(data.buffer, data.byteOffset, data.length);
  onePath('fsWriteFile', path, [bytes, flag, modeNum(options.mode, 438)]);
}

fs.writeFileSync = function writeFileSync(path, data, options) {
  writeFileNow(path, data, writeOptions(options, 'w'));
};

fs.appendFileSync = function appendFileSync(path, data, options) {
  options = writeOptions(options, 'a');
  if (!options.flag) options = { encoding: options.encoding, mode: options.mode, flag: 'a' };
  writeFileNow(path, data, options);
};

fs.writeFile = function writeFile(path, data, options, callback_) {
  var callback = makeCallback(arguments[arguments.length - 1]);
  options = writeOptions(options, 'w');
  if (!nullCheck(path, callback)) return;
  later(function () { writeFileNow(path, data, options); }, callback);
};

fs.appendFile = function appendFile(path, data, options, callback_) {
  var callback = makeCallback(arguments[arguments.length - 1]);
  options = writeOptions(options, 'a');
  if (!options.flag) options = { encoding: options.encoding, mode: options.mode, flag: 'a' };
  if (!nullCheck(path, callback)) return;
  later(function () { writeFileNow(path, data, options); }, callback);
};

fs.mkdirSync = function mkdirSync(path, mode) {
  onePath('fsMkdir', path, [modeNum(mode, 511)]);
};

fs.mkdir = function mkdir(path, mode, callback) {
  if (typeof mode === 'function') callback = mode;
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.mkdirSync(path, mode); }, callback);
};

fs.rmdirSync = function rmdirSync(path) {
  onePath('fsRmdir', path);
};

fs.rmdir = function rmdir(path, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.rmdirSync(path); }, callback);
};

fs.unlinkSync = function unlinkSync(path) {
  onePath('fsUnlink', path);
};

fs.unlink = function unlink(path, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.unlinkSync(path); }, callback);
};

fs.renameSync = function renameSync(oldPath, newPath) {
  checkPath(oldPath);
  checkPath(newPath);
  nullCheck(oldPath);
  nullCheck(newPath);
  var from = pathModule.resolve(process.cwd(), oldPath);
  var to = pathModule.resolve(process.cwd(), newPath);
  var paths = {};
  paths[to] = newPath;
  paths[from] = oldPath;
  act('fsRename', [from, to], paths);
};

fs.rename = function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(oldPath, callback)) return;
  if (!nullCheck(newPath, callback)) return;
  later(function () { fs.renameSync(oldPath, newPath); }, callback);
};

fs.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') {
    throw new Error('persha: fs.truncateSync of a file descriptor is not supported yet');
  }
  onePath('fsTruncate', path, [len === undefined ? 0 : len]);
};

fs.truncate = function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  callback = makeCallback(callback);
  if (typeof path === 'string' && !nullCheck(path, callback)) return;
  later(function () { fs.truncateSync(path, len); }, callback);
};

fs.chmodSync = function chmodSync(path, mode) {
  onePath('fsChmod', path, [modeNum(mode)]);
};

fs.chmod = function chmod(path, mode, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.chmodSync(path, mode); }, callback);
};

// The target is stored as given (relative targets stay relative to the
// link's directory); `type` matters on Windows only.
fs.symlinkSync = function symlinkSync(destination, path, type) {
  checkPath(path);
  nullCheck(destination);
  nullCheck(path);
  destination = '' + destination;
  var abs = pathModule.resolve(process.cwd(), path);
  var paths = {};
  paths[destination] = destination;
  paths[abs] = path;
  act('fsSymlink', [destination, abs], paths);
};

fs.symlink = function symlink(destination, path, type_, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  if (!nullCheck(destination, callback)) return;
  if (!nullCheck(path, callback)) return;
  later(function () { fs.symlinkSync(destination, path); }, callback);
};

// v0.12's toUnixTimestamp: seconds since the epoch, from a number or a Date.
function toUnixTimestamp(time) {
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new Error('Cannot parse time: ' + time);
}

fs.utimesSync = function utimesSync(path, atime, mtime) {
  onePath('fsUtimes', path, [toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
};

fs.utimes = function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.utimesSync(path, atime, mtime); }, callback);
};

'use strict';
// fs as documented for Node v0.12 (on Linux).
//
// Present: every v0.12 function. Paths: readFile, writeFile,
// appendFile, exists, stat, lstat, readdir, realpath, access, mkdir, rmdir,
// unlink, rename, truncate (also of a descriptor), chmod, chown, symlink,
// link, readlink, utimes. Descriptors: open (all flag strings and numbers),
// close, read and write (buffer and legacy string forms), fstat, ftruncate,
// fsync, fdatasync, fchmod, fchown, futimes. Streams: createReadStream,
// createWriteStream, ReadStream, WriteStream (and the legacy names
// FileReadStream, FileWriteStream), SyncWriteStream. Polling watchers:
// watchFile, unwatchFile; inotify watchers: watch, FSWatcher
// (internal/fs_watch.js, over the I/O reactor). Each function's Sync and callback forms, fs.Stats,
// the access constants and the hidden _stringToFlags / _toUnixTimestamp.
//
// Absent, as in v0.12 on Linux: lchmod and lchown (v0.12 defines them only
// where O_SYMLINK exists, i.e. macOS).
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
// File descriptors live here, in the heap: this module picks each number
// (lowest free from 3, as the OS would) and keeps its path, flags and file
// position; the host keeps only the OS handle under the same number
// (nodeapi/src/ops/fs/fd.rs). Reads and writes are positional, so a re-run
// turn writes the same bytes at the same place. After a restart the host
// holds no handles: a restart hook reopens every open descriptor (never
// truncating, creating or failing with EEXIST), and an op that meets a
// missing handle earlier (a turn re-run during recovery) reopens it first.
// A file that vanished meanwhile makes every later op on its descriptor fail
// with EBADF naming the file; closing it still works. Streams keep their
// offsets in the heap, so a read stream carries on where it was.
// Descriptors 1 and 2 write to stdout/stderr like process.stdout does;
// reading descriptor 0 synchronously is not supported (use process.stdin).
//
// Paths are resolved against process.cwd() (which persha keeps in the heap),
// and errors have v0.12's shape: message `ENOENT, open 'x'`, `errno` (negative,
// as libuv's), `code`, `path`, plus `syscall` as later Node versions add.

var pathModule = require('path');
var constants = require('constants');
var Buffer = require('buffer').Buffer;
var timers = require('timers');
var EventEmitter = require('events').EventEmitter;
var hasOwn = Object.prototype.hasOwnProperty;
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

// isDirectory(), isFile()...: one file-type bit pattern each.
[['isDirectory', 'S_IFDIR'], ['isFile', 'S_IFREG'], ['isBlockDevice', 'S_IFBLK'],
  ['isCharacterDevice', 'S_IFCHR'], ['isSymbolicLink', 'S_IFLNK'], ['isFIFO', 'S_IFIFO'],
  ['isSocket', 'S_IFSOCK']].forEach(function (p) {
  fs.Stats.prototype[p[0]] = function () {
    return this._checkModeProperty(constants[p[1]]);
  };
});

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
  return options;
}

function readFileNow(path, options) {
  var flag = options.flag || 'r';
  if (flag !== 'r' && flag !== 'rs') return readFileByFd(path, flag, options.encoding);
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
  if (typeof flag === 'number') return writeFileByFd(path, data, flag, modeNum(options.mode, 438));
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
  followRename(from, to);
};

fs.rename = function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(oldPath, callback)) return;
  if (!nullCheck(newPath, callback)) return;
  later(function () { fs.renameSync(oldPath, newPath); }, callback);
};

fs.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
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
fs._toUnixTimestamp = toUnixTimestamp;

fs.utimesSync = function utimesSync(path, atime, mtime) {
  onePath('fsUtimes', path, [toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
};

fs.utimes = function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { fs.utimesSync(path, atime, mtime); }, callback);
};

// ---- more path functions: link, readlink, chown ------------------------------------

fs.linkSync = function linkSync(srcpath, dstpath) {
  nullCheck(srcpath);
  nullCheck(dstpath);
  checkPath(srcpath);
  checkPath(dstpath);
  var from = pathModule.resolve(process.cwd(), srcpath);
  var to = pathModule.resolve(process.cwd(), dstpath);
  var paths = {};
  paths[to] = dstpath;
  paths[from] = srcpath;
  act('fsLink', [from, to], paths);
};

fs.link = function link(srcpath, dstpath, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(srcpath, callback)) return;
  if (!nullCheck(dstpath, callback)) return;
  later(function () { fs.linkSync(srcpath, dstpath); }, callback);
};

fs.readlinkSync = function readlinkSync(path) {
  checkPath(path);
  nullCheck(path);
  return call('fsReadlink', path);
};

fs.readlink = function readlink(path, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  later(function () { return fs.readlinkSync(path); }, callback);
};

// v0.12 takes uid and gid as unsigned ints (-1 is not accepted from JS).
function checkOwner(uid, gid) {
  if (!isUint32(uid)) throw new TypeError('uid must be an unsigned int');
  if (!isUint32(gid)) throw new TypeError('gid must be an unsigned int');
}

fs.chownSync = function chownSync(path, uid, gid) {
  nullCheck(path);
  checkOwner(uid, gid);
  onePath('fsChown', path, [uid, gid]);
};

fs.chown = function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkOwner(uid, gid);
  later(function () { fs.chownSync(path, uid, gid); }, callback);
};

// ---- file descriptors ---------------------------------------------------------------

var O_APPEND = constants.O_APPEND;
var O_CREAT = constants.O_CREAT;
var O_EXCL = constants.O_EXCL;
var O_RDONLY = constants.O_RDONLY;
var O_RDWR = constants.O_RDWR;
var O_SYNC = constants.O_SYNC;
var O_TRUNC = constants.O_TRUNC;
var O_WRONLY = constants.O_WRONLY;

// v0.12's flag strings ('x' may come first or second), or a number as is.
var FLAGS = {
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL
};

function stringToFlags(flag) {
  if (typeof flag === 'number') return flag;
  if (typeof flag === 'string' && hasOwn.call(FLAGS, flag)) return FLAGS[flag];
  throw new Error('Unknown file open flag: ' + flag);
}
Object.defineProperty(fs, '_stringToFlags', {
  value: stringToFlags, enumerable: false, writable: true, configurable: true
});

function isInt32(n) {
  return typeof n === 'number' && (n | 0) === n;
}

function isUint32(n) {
  return typeof n === 'number' && (n >>> 0) === n;
}

function checkFd(fd, message) {
  if (!isInt32(fd)) throw new TypeError(message || 'Bad argument');
}

// An error of libuv's shape for a failure found here, without the host.
function uvError(code, errno, syscall, detail) {
  var err = new Error(code + ', ' + syscall + (detail ? ' (' + detail + ')' : ''));
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// What this program knows of each open descriptor: the durable half of an
// open file. `pos` is the file position reads and writes without a position
// use; `seekable` is false for pipes and terminals (the OS keeps their
// position); `lost` is set when the file could not be reopened after a
// restart.
var fdTable = {};

function FdState(path, flags, mode, seekable) {
  this.path = path;
  this.flags = flags;
  this.mode = mode;
  this.pos = 0;
  this.seekable = seekable;
  this.append = (flags & O_APPEND) !== 0;
  this.lost = null;
}

function allocFd() {
  var fd = 3;
  while (hasOwn.call(fdTable, fd)) fd++;
  return fd;
}

function lostError(fd, st, syscall) {
  var err = uvError('EBADF', -constants.EBADF, syscall,
    "descriptor " + fd + " lost its file '" + st.path + "' at a restart: " + st.lost.code);
  err.path = st.path;
  err.cause = st.lost;
  return err;
}

function stateOf(fd, syscall) {
  var st = hasOwn.call(fdTable, fd) ? fdTable[fd] : null;
  if (!st) throw uvError('EBADF', -constants.EBADF, syscall);
  if (st.lost) throw lostError(fd, st, syscall);
  return st;
}

// Open the file behind `fd` again in this process. Never truncating,
// creating or failing with EEXIST: it is the same open file, continued.
function reopen(fd, st) {
  try {
    st.seekable = host('fsReopen', fd, st.path, st.flags & ~(O_TRUNC | O_EXCL | O_CREAT), st.mode);
  } catch (e) {
    st.lost = rebuild(e, st.path, st.path);
  }
}

// After recovery the host holds no handles (replay performs no acts).
internal.restartHooks.push(function reopenDescriptors() {
  Object.keys(fdTable).forEach(function (k) {
    var st = fdTable[k];
    if (!st.lost) reopen(+k, st);
  });
});

// Run a descriptor op; the host lacks the handle only when this process
// started after the open (a turn re-run during recovery): reopen, retry.
function fdCall(syscall, op, fd, args) {
  var st = stateOf(fd, syscall);
  var all = [op, fd].concat(args);
  try {
    return host.apply(null, all);
  } catch (e) {
    if (!e || e.code !== 'EPERSHA_NOTOPEN') throw rebuild(e);
  }
  reopen(fd, st);
  if (st.lost) throw lostError(fd, st, syscall);
  try {
    return host.apply(null, all);
  } catch (e) {
    throw rebuild(e);
  }
}

// Renaming an open file (or a directory above it) moves what a reopen opens.
function followRename(from, to) {
  Object.keys(fdTable).forEach(function (k) {
    var st = fdTable[k];
    if (st.path === from) st.path = to;
    else if (st.path.indexOf(from + '/') === 0) st.path = to + st.path.slice(from.length);
  });
}

function isStdio(fd) {
  return fd >= 0 && fd <= 2;
}

// libuv's offset argument: a number (negative: "the current position"),
// anything else means the current position too.
function explicitPosition(position) {
  if (typeof position !== 'number') return -1;
  if (position !== position) return 0;
  return position < 0 ? -1 : Math.floor(position);
}

// The later() of the descriptor functions: the callback gets several values.
function laterArgs(work, callback) {
  var args;
  try {
    args = [null].concat(work());
  } catch (e) {
    args = [e];
  }
  timers.setImmediate(function () {
    callback.apply(null, args);
  });
}

fs.openSync = function openSync(path, flags, mode) {
  mode = modeNum(mode, 438);
  nullCheck(path);
  flags = stringToFlags(flags);
  if (typeof path !== 'string') throw new TypeError('path must be a string');
  if (!isInt32(flags)) throw new TypeError('flags must be an int');
  if (!isInt32(mode)) throw new TypeError('mode must be an int');
  var abs = pathModule.resolve(process.cwd(), path);
  var fd = allocFd();
  var seekable;
  try {
    seekable = host('fsOpen', fd, abs, flags, mode);
  } catch (e) {
    throw rebuild(e, abs, path);
  }
  fdTable[fd] = new FdState(abs, flags, mode, seekable);
  return fd;
};

fs.open = function open(path, flags, mode, callback_) {
  var callback = makeCallback(arguments[arguments.length - 1]);
  if (typeof mode === 'function') mode = undefined;
  mode = modeNum(mode, 438);
  if (!nullCheck(path, callback)) return;
  flags = stringToFlags(flags);
  later(function () { return fs.openSync(path, flags, mode); }, callback);
};

fs.closeSync = function closeSync(fd) {
  checkFd(fd);
  // persha's standard streams belong to the host: closing them does nothing.
  if (isStdio(fd)) return;
  var st = hasOwn.call(fdTable, fd) ? fdTable[fd] : null;
  if (!st) throw uvError('EBADF', -constants.EBADF, 'close');
  // Gone from the table even if close(2) fails: the OS frees it anyway.
  delete fdTable[fd];
  if (st.lost) return;
  try {
    host('fsClose', fd);
  } catch (e) {
    throw rebuild(e);
  }
};

fs.close = function close(fd, callback) {
  callback = makeCallback(callback);
  checkFd(fd);
  later(function () { fs.closeSync(fd); }, callback);
};

// Validate read()'s arguments as v0.12's binding does; throws synchronously
// even for the callback form.
function readArgs(fd, buffer, offset, length) {
  checkFd(fd, 'fd must be a file descriptor');
  if (!Buffer.isBuffer(buffer)) throw new TypeError('Second argument needs to be a buffer');
  offset = offset | 0;
  length = length | 0;
  if (offset < 0 || offset >= buffer.length) throw new Error('Offset is out of bounds');
  if (length < 0 || offset + length > buffer.length) {
    throw new RangeError('Length extends beyond buffer');
  }
  return { offset: offset, length: length };
}

function readNow(fd, buffer, offset, length, position) {
  if (fd === 0) {
    throw uvError('ENOSYS', -constants.ENOSYS, 'read',
      'persha cannot read descriptor 0 synchronously: use process.stdin');
  }
  var st = stateOf(fd, 'read');
  var at = explicitPosition(position);
  var from = !st.seekable ? -1 : at >= 0 ? at : st.pos;
  var bytes = fdCall('read', 'fsRead', fd, [length, from]);
  Uint8Array.prototype.set.call(buffer, bytes, offset);
  if (st.seekable && at < 0) st.pos += bytes.length;
  return bytes.length;
}

fs.readSync = function readSync(fd, buffer, offset, length, position) {
  if (Buffer.isBuffer(buffer)) {
    var a = readArgs(fd, buffer, offset, length);
    return readNow(fd, buffer, a.offset, a.length, position);
  }
  // The legacy form (fd, length, position, encoding) → [string, bytesRead].
  var encoding = arguments[3];
  assertEncoding(encoding);
  length = arguments[1];
  position = arguments[2];
  var buf = new Buffer(length);
  var b = readArgs(fd, buf, 0, length);
  var n = readNow(fd, buf, 0, b.length, position);
  return [n > 0 ? buf.toString(encoding, 0, n) : '', n];
};

fs.read = function read(fd, buffer, offset, length, position, callback) {
  if (Buffer.isBuffer(buffer)) {
    var a = readArgs(fd, buffer, offset, length);
    var cb = typeof callback === 'function' ? callback : null;
    laterArgs(function () {
      return [readNow(fd, buffer, a.offset, a.length, position), buffer];
    }, function (err, n, buf) {
      if (cb) cb(err, n || 0, buffer);
    });
    return;
  }
  // Legacy form (fd, length, position, encoding, callback(err, string, bytesRead)).
  var legacyCb = arguments[4];
  var encoding = arguments[3];
  assertEncoding(encoding);
  var len = arguments[1];
  var pos = arguments[2];
  var buf = new Buffer(len);
  var b = readArgs(fd, buf, 0, len);
  laterArgs(function () {
    var n = readNow(fd, buf, 0, b.length, pos);
    return [n > 0 ? buf.toString(encoding, 0, n) : '', n];
  }, function (err, str, n) {
    if (typeof legacyCb === 'function') legacyCb(err, err ? '' : str, n || 0);
  });
};

// The bytes and position of a write, for both of v0.12's forms:
// (fd, buffer, offset, length[, position]) and (fd, string[, position[, encoding]]).
function writeArgs(fd, buffer, offset, length, position) {
  checkFd(fd, 'First argument must be file descriptor');
  if (Buffer.isBuffer(buffer)) {
    offset = offset >>> 0;
    length = length >>> 0;
    if (offset > buffer.length) throw new RangeError('offset out of bounds');
    if (length > buffer.length) throw new RangeError('length out of bounds');
    if (offset + length > buffer.length) throw new RangeError('off + len > buffer.length');
    return {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length),
      position: position
    };
  }
  if (typeof buffer !== 'string') buffer += '';
  var encoding = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
  var data = new Buffer(buffer, encoding);
  return {
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.length),
    position: offset
  };
}

function writeNow(fd, bytes, position) {
  if (fd === 1 || fd === 2) {
    // The standard streams, through the output op process.stdout uses.
    if (bytes.length > 0 && internal.exited === null) host('write', fd, bytes);
    return bytes.length;
  }
  if (fd === 0) throw uvError('EBADF', -constants.EBADF, 'write');
  var st = stateOf(fd, 'write');
  var at = explicitPosition(position);
  // O_APPEND writes go to the end whatever position is asked for.
  var to = !st.seekable || st.append ? -1 : at >= 0 ? at : st.pos;
  var r = fdCall('write', 'fsWrite', fd, [bytes, to]);
  if (st.seekable && at < 0) st.pos = st.append && r[1] >= 0 ? r[1] : st.pos + r[0];
  return r[0];
}

fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  var w = writeArgs(fd, buffer, offset, length, position);
  return writeNow(fd, w.bytes, w.position);
};

fs.write = function write(fd, buffer, offset, length, position, callback) {
  var w, cb;
  if (Buffer.isBuffer(buffer)) {
    // (fd, buffer, offset, length[, position], callback)
    if (typeof position === 'function') {
      callback = position;
      position = null;
    }
    cb = makeCallback(callback);
    w = writeArgs(fd, buffer, offset, length, position);
  } else {
    // (fd, string[, position[, encoding]], callback)
    var args = Array.prototype.slice.call(arguments, 2);
    cb = makeCallback(typeof args[args.length - 1] === 'function' ? args.pop() : undefined);
    w = writeArgs(fd, buffer, args[0], args[1]);
  }
  laterArgs(function () {
    return [writeNow(fd, w.bytes, w.position), buffer];
  }, function (err, n) {
    cb(err, n || 0, buffer);
  });
};

fs.fstatSync = function fstatSync(fd) {
  checkFd(fd, 'fd must be a file descriptor');
  if (isStdio(fd)) {
    try {
      return toStats(host('fsFstat', fd));
    } catch (e) {
      throw rebuild(e);
    }
  }
  return toStats(fdCall('fstat', 'fsFstat', fd, []));
};

fs.fstat = function fstat(fd, callback) {
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { return fs.fstatSync(fd); }, callback);
};

// The simple descriptor calls: (fd, ...args) → undefined. The standard
// streams are not files persha owns: only fsync/fdatasync accept them.
function fdSimple(syscall, op, fd, args) {
  checkFd(fd, 'fd must be a file descriptor');
  if (isStdio(fd)) {
    if (syscall === 'fsync' || syscall === 'fdatasync') return;
    throw uvError('EBADF', -constants.EBADF, syscall);
  }
  fdCall(syscall, op, fd, args);
}

fs.ftruncateSync = function ftruncateSync(fd, len) {
  if (len === undefined) len = 0;
  if (typeof len !== 'number' || Math.floor(len) !== len) throw new TypeError('Not an integer');
  fdSimple('ftruncate', 'fsFtruncate', fd, [len]);
};

fs.ftruncate = function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { fs.ftruncateSync(fd, len); }, callback);
};

fs.fsyncSync = function fsyncSync(fd) {
  fdSimple('fsync', 'fsFsync', fd, []);
};

fs.fsync = function fsync(fd, callback) {
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { fs.fsyncSync(fd); }, callback);
};

fs.fdatasyncSync = function fdatasyncSync(fd) {
  fdSimple('fdatasync', 'fsFdatasync', fd, []);
};

fs.fdatasync = function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { fs.fdatasyncSync(fd); }, callback);
};

fs.fchmodSync = function fchmodSync(fd, mode) {
  mode = modeNum(mode);
  if (!isInt32(mode)) throw new TypeError('mode must be an integer');
  fdSimple('fchmod', 'fsFchmod', fd, [mode]);
};

fs.fchmod = function fchmod(fd, mode, callback) {
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { fs.fchmodSync(fd, mode); }, callback);
};

fs.fchownSync = function fchownSync(fd, uid, gid) {
  checkFd(fd, 'fd must be a file descriptor');
  checkOwner(uid, gid);
  fdSimple('fchown', 'fsFchown', fd, [uid, gid]);
};

fs.fchown = function fchown(fd, uid, gid, callback) {
  callback = makeCallback(callback);
  checkFd(fd, 'fd must be a file descriptor');
  checkOwner(uid, gid);
  later(function () { fs.fchownSync(fd, uid, gid); }, callback);
};

fs.futimesSync = function futimesSync(fd, atime, mtime) {
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  fdSimple('futime', 'fsFutimes', fd, [atime, mtime]);
};

fs.futimes = function futimes(fd, atime, mtime, callback) {
  callback = makeCallback(callback);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  checkFd(fd, 'fd must be a file descriptor');
  later(function () { fs.futimesSync(fd, atime, mtime); }, callback);
};

// readFile with a flag other than 'r'/'rs' (e.g. 'a+' creates the file):
// open, read to the end, close.
function readFileByFd(path, flag, encoding) {
  var fd = fs.openSync(path, flag, 438);
  var chunks = [];
  var total = 0;
  try {
    for (;;) {
      var buf = new Buffer(64 * 1024);
      var n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.slice(0, n));
      total += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  var all = Buffer.concat(chunks, total);
  return encoding ? all.toString(encoding) : all;
}

// writeFile with a numeric flag: open, write everything, close.
function writeFileByFd(path, data, flag, mode) {
  var fd = fs.openSync(path, flag, mode);
  try {
    var done = 0;
    var position = (flag & O_APPEND) ? null : 0;
    while (done < data.length) {
      var n = fs.writeSync(fd, data, done, data.length - done, position === null ? null : done);
      done += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

// ---- streams ------------------------------------------------------------------------

var Stream = require('stream');
var Readable = Stream.Readable;
var Writable = Stream.Writable;

function inherit(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
  });
}

function ownOr(options, key, def) {
  return options && typeof options === 'object' && hasOwn.call(options, key) ? options[key] : def;
}

fs.createReadStream = function createReadStream(path, options) {
  return new ReadStream(path, options);
};

fs.createWriteStream = function createWriteStream(path, options) {
  return new WriteStream(path, options);
};

// Close `self.fd` once (now, or as soon as it opens), then emit 'close'.
function closeStream(self, cb) {
  if (cb) self.once('close', cb);
  if (typeof self.fd !== 'number') {
    self.once('open', function () { closeStream(self); });
    return;
  }
  if (self.closed) {
    process.nextTick(function () { self.emit('close'); });
    return;
  }
  self.closed = true;
  var fd = self.fd;
  self.fd = null;
  fs.close(fd, function (er) {
    if (er) self.emit('error', er);
    else self.emit('close');
  });
}

function destroyStream() {
  if (this.destroyed) return;
  this.destroyed = true;
  if (typeof this.fd === 'number') this.close();
}

// All of a stream's state (descriptor, position, buffered chunks) is in the
// heap, and each read is an fs.read whose bytes are journaled: after a
// restart the stream carries on from its offset on the reopened descriptor.
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  var opts = { highWaterMark: 64 * 1024 };
  if (options && typeof options === 'object') {
    Object.keys(options).forEach(function (k) { opts[k] = options[k]; });
  }
  Readable.call(this, opts);
  this.path = path;
  this.fd = ownOr(opts, 'fd', null);
  this.flags = ownOr(opts, 'flags', 'r');
  this.mode = ownOr(opts, 'mode', 438);
  this.start = ownOr(opts, 'start', undefined);
  this.end = ownOr(opts, 'end', undefined);
  this.autoClose = ownOr(opts, 'autoClose', true);
  this.pos = undefined;
  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.end === undefined) this.end = Infinity;
    else if (typeof this.end !== 'number') throw new TypeError('end must be a Number');
    if (this.start > this.end) throw new Error('start must be <= end');
    this.pos = this.start;
  }
  if (typeof this.fd !== 'number') this.open();
  this.on('end', function () {
    if (this.autoClose) this.destroy();
  });
}
inherit(ReadStream, Readable);
fs.ReadStream = ReadStream;
fs.FileReadStream = ReadStream; // v0.12's legacy name

ReadStream.prototype.open = function () {
  var self = this;
  fs.open(this.path, this.flags, this.mode, function (er, fd) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    self.read();
  });
};

ReadStream.prototype._read = function (n) {
  if (typeof this.fd !== 'number') {
    this.once('open', function () { this._read(n); });
    return;
  }
  if (this.destroyed) return;
  // At most a high-water mark per read (v0.12 reads into a pool that size).
  var hwm = this._readableState.highWaterMark;
  var want = hwm > 0 ? Math.min(n, hwm) : n;
  if (this.pos !== undefined) want = Math.min(this.end - this.pos + 1, want);
  if (!(want > 0)) {
    this.push(null);
    return;
  }
  var self = this;
  var buf = new Buffer(want);
  fs.read(this.fd, buf, 0, want, this.pos === undefined ? null : this.pos, function (er, got) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
      return;
    }
    self.push(got > 0 ? buf.slice(0, got) : null);
  });
  if (this.pos !== undefined) this.pos += want;
};

ReadStream.prototype.destroy = destroyStream;

ReadStream.prototype.close = function (cb) {
  closeStream(this, cb);
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = options || {};
  Writable.call(this, options);
  this.path = path;
  this.fd = ownOr(options, 'fd', null);
  this.flags = ownOr(options, 'flags', 'w');
  this.mode = ownOr(options, 'mode', 438);
  this.start = ownOr(options, 'start', undefined);
  this.pos = undefined;
  this.bytesWritten = 0;
  // The encoding option v0.12 documents: the default for string chunks.
  var encoding = ownOr(options, 'encoding', null);
  if (encoding) this.setDefaultEncoding(encoding);
  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.start < 0) throw new Error('start must be >= zero');
    this.pos = this.start;
  }
  if (typeof this.fd !== 'number') this.open();
  // A file stream lets go of its descriptor once everything is written.
  this.once('finish', this.close);
}
inherit(WriteStream, Writable);
fs.WriteStream = WriteStream;
fs.FileWriteStream = WriteStream; // v0.12's legacy name

WriteStream.prototype.open = function () {
  var self = this;
  fs.open(this.path, this.flags, this.mode, function (er, fd) {
    if (er) {
      self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
  });
};

WriteStream.prototype._write = function (data, encoding, cb) {
  if (!Buffer.isBuffer(data)) {
    this.emit('error', new Error('Invalid data'));
    return;
  }
  if (typeof this.fd !== 'number') {
    this.once('open', function () { this._write(data, encoding, cb); });
    return;
  }
  var self = this;
  fs.write(this.fd, data, 0, data.length, this.pos === undefined ? null : this.pos,
    function (er, bytes) {
      if (er) {
        self.destroy();
        cb(er);
        return;
      }
      self.bytesWritten += bytes;
      cb();
    });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype.destroy = destroyStream;

WriteStream.prototype.close = function (cb) {
  closeStream(this, cb);
};

// Files have no half-close: destroySoon is end.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

// v0.12's synchronous writer over a descriptor (its stdout to a file).
function SyncWriteStream(fd, options) {
  Stream.call(this);
  this.fd = fd;
  this.writable = true;
  this.readable = false;
  this.autoClose = ownOr(options, 'autoClose', true);
}
inherit(SyncWriteStream, Stream);
fs.SyncWriteStream = SyncWriteStream;

SyncWriteStream.prototype.write = function (data, arg1, arg2) {
  var encoding, cb;
  if (typeof arg1 === 'string') {
    encoding = arg1;
    cb = arg2;
  } else if (typeof arg1 === 'function') {
    cb = arg1;
  } else if (arg1) {
    throw new Error('bad arg');
  }
  assertEncoding(encoding);
  if (typeof data === 'string') data = new Buffer(data, encoding);
  fs.writeSync(this.fd, data, 0, data.length);
  if (cb) process.nextTick(cb);
  return true;
};

SyncWriteStream.prototype.end = function (data, arg1, arg2) {
  if (data) this.write(data, arg1, arg2);
  this.destroy();
};

SyncWriteStream.prototype.destroy = function () {
  if (this.autoClose) fs.closeSync(this.fd);
  this.fd = null;
  this.emit('close');
  return true;
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

// ---- watchFile / unwatchFile --------------------------------------------------------

// Polling as libuv's uv_fs_poll does it, over the journaled stat op and the
// heap's timers, so every poll and its outcome replay exactly. The first
// poll only sets the baseline (or reports a missing file once, with zeroed
// stats); later ones report (curr, prev) when the stats changed, when the
// file went away (curr zeroed) and when it came back.
var zeroRaw = {
  dev: 0, mode: 0, nlink: 0, uid: 0, gid: 0, rdev: 0, blksize: 0, ino: 0, size: 0,
  blocks: 0, atimeMs: 0, mtimeMs: 0, ctimeMs: 0
};

function sameStat(a, b) {
  return a.ctimeMs === b.ctimeMs && a.mtimeMs === b.mtimeMs && a.size === b.size &&
    a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.ino === b.ino &&
    a.dev === b.dev;
}

function StatWatcher() {
  EventEmitter.call(this);
  this._path = null;
  this._interval = 0;
  this._persistent = true;
  this._timer = null;
  this._known = zeroRaw; // the last stats seen (zeroed until a stat succeeds)
  this._status = 0; // 0: no poll yet; 1: last poll found the file; < 0: its errno
  this._lastReported = -1; // v0.12 drops a repeat of an error it just reported
}
inherit(StatWatcher, EventEmitter);

StatWatcher.prototype.start = function (filename, persistent, interval) {
  nullCheck(filename);
  if (this._timer) return;
  this._path = filename;
  this._persistent = persistent !== false;
  this._interval = interval;
  this._poll(true);
};

StatWatcher.prototype._schedule = function () {
  var self = this;
  this._timer = timers.setTimeout(function () {
    if (self._timer) self._poll(false);
  }, this._interval);
  if (!this._persistent) this._timer.unref();
};

StatWatcher.prototype._poll = function (first) {
  var cur = null, status = 1;
  try {
    cur = host('fsStat', this._path);
  } catch (e) {
    status = typeof e.errno === 'number' ? e.errno : -constants.EIO;
  }
  var prev = this._known;
  var report = null;
  if (status < 0) {
    if (this._status !== status) report = [zeroRaw, prev, status];
  } else {
    if (this._status !== 0 && (this._status < 0 || !sameStat(prev, cur))) report = [cur, prev, 0];
    this._known = cur;
  }
  this._status = status;
  this._schedule();
  if (!report) return;
  var self = this;
  var emit = function () {
    if (!self._timer) return; // stopped meanwhile
    if (self._lastReported === -1 && report[2] === -1 && report[0].nlink === report[1].nlink) return;
    self._lastReported = report[2];
    self.emit('change', toStats(report[0]), toStats(report[1]));
  };
  // The first poll runs inside watchFile(): report on a later turn.
  if (first) timers.setImmediate(emit);
  else emit();
};

StatWatcher.prototype.stop = function () {
  if (!this._timer) return;
  timers.clearTimeout(this._timer);
  this._timer = null;
  var self = this;
  timers.setImmediate(function () { self.emit('stop'); });
};

var statWatchers = {};

fs.watch = function watch(filename, options, listener) {
  return require('internal/fs_watch').watch(filename, options, listener);
};
Object.defineProperty(fs, 'FSWatcher', {
  enumerable: true, configurable: true,
  get: function () { return require('internal/fs_watch').FSWatcher; }
});

fs.watchFile = function watchFile(filename) {
  nullCheck(filename);
  filename = pathModule.resolve(process.cwd(), filename);
  var options = { interval: 5007, persistent: true };
  var listener;
  if (arguments[1] !== null && typeof arguments[1] === 'object') {
    var given = arguments[1];
    Object.keys(given).forEach(function (k) { options[k] = given[k]; });
    listener = arguments[2];
  } else {
    listener = arguments[1];
  }
  if (!listener) throw new Error('watchFile requires a listener function');
  var watcher = hasOwn.call(statWatchers, filename) ? statWatchers[filename] : null;
  if (!watcher) {
    watcher = statWatchers[filename] = new StatWatcher();
    watcher.start(filename, options.persistent, options.interval);
  }
  watcher.addListener('change', listener);
  return watcher;
};

fs.unwatchFile = function unwatchFile(filename, listener) {
  nullCheck(filename);
  filename = pathModule.resolve(process.cwd(), filename);
  var watcher = hasOwn.call(statWatchers, filename) ? statWatchers[filename] : null;
  if (!watcher) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (EventEmitter.listenerCount(watcher, 'change') === 0) {
    watcher.stop();
    delete statWatchers[filename];
  }
};

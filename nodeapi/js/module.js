'use strict';
// CommonJS modules as in Node v0.12: core modules by name, files resolved as
// exact path, +.js/.json/.node, package.json "main", dir/index.*, and bare
// names through node_modules directories and NODE_PATH. File contents come
// from the host's journaled readFile, so a module is read once, ever:
// replay never re-reads it.

var path = require('path');
var host = internal.host;

function Module(id, parent) {
  this.id = id;
  this.exports = {};
  this.parent = parent;
  if (parent && parent.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}
module.exports = Module;
Module.Module = Module;

Module._cache = {};
Module._pathCache = {};
Module._extensions = {};
Module.globalPaths = [];
var modulePaths = [];

Module.wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});'
];
Module.wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

function hostStat(p) {
  try {
    return host('stat', p);
  } catch (_) {
    return null;
  }
}

// ---- resolution ----------------------------------------------------------------

// A file's canonical path (symlinks resolved, like fs.realpathSync in Node
// v0.12), so a module reached through two links is loaded once.
function realpath(p) {
  try {
    return host('realpath', p);
  } catch (_) {
    return p;
  }
}

function tryFile(requestPath) {
  var st = hostStat(requestPath);
  return st && st.type !== 'directory' ? realpath(requestPath) : false;
}

function tryExtensions(p, exts) {
  for (var i = 0; i < exts.length; i++) {
    var filename = tryFile(p + exts[i]);
    if (filename) return filename;
  }
  return false;
}

var packageMainCache = {};

function readPackageMain(requestPath) {
  if (Object.prototype.hasOwnProperty.call(packageMainCache, requestPath)) {
    return packageMainCache[requestPath];
  }
  var jsonPath = path.resolve(requestPath, 'package.json');
  var json;
  try {
    json = host('readFile', jsonPath);
  } catch (_) {
    return false;
  }
  var main;
  try {
    main = packageMainCache[requestPath] = JSON.parse(json).main;
  } catch (e) {
    e.path = jsonPath;
    e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
    throw e;
  }
  return main;
}

function tryPackage(requestPath, exts) {
  var main = readPackageMain(requestPath);
  if (!main) return false;
  var filename = path.resolve(requestPath, main);
  return tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
}

Module._findPath = function (request, paths) {
  var exts = Object.keys(Module._extensions);
  if (request.charAt(0) === '/') paths = [''];
  var trailingSlash = request.slice(-1) === '/';
  var cacheKey = JSON.stringify({ request: request, paths: paths });
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];

  for (var i = 0; i < paths.length; i++) {
    var basePath = path.resolve(paths[i], request);
    var filename = false;
    if (!trailingSlash) {
      filename = tryFile(basePath) || tryExtensions(basePath, exts);
    }
    if (!filename) filename = tryPackage(basePath, exts);
    if (!filename) filename = tryExtensions(path.resolve(basePath, 'index'), exts);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules directories from `from` up to the root.
Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  var parts = from.split('/');
  var paths = [];
  for (var tip = parts.length - 1; tip >= 0; tip--) {
    if (parts[tip] === 'node_modules') continue;
    var dir = parts.slice(0, tip + 1).concat('node_modules').join('/');
    paths.push(dir || '/node_modules');
  }
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' ||
    request.slice(0, 2) === './' || request.slice(0, 3) === '../';
}

// [id, directories to search] for a request made by `parent`.
Module._resolveLookupPaths = function (request, parent) {
  if (internal.isPublicNative(request)) return [request, []];
  if (!isRelative(request)) {
    var paths = modulePaths;
    if (parent) {
      if (!parent.paths) parent.paths = [];
      paths = parent.paths.concat(paths);
    }
    return [request, paths];
  }
  // Relative to the requiring file; from the REPL or the command line (no
  // parent file), relative to the current directory.
  if (!parent || !parent.filename) {
    return [request, [globalThis.process.cwd()].concat(modulePaths)];
  }
  var parentDir = [path.dirname(parent.filename)];
  var id = path.resolve(parentDir[0], request);
  if (parent.id === '.' && id.indexOf('/') === -1) id = './' + id;
  return [id, parentDir];
};

Module._resolveFilename = function (request, parent) {
  if (internal.isPublicNative(request)) return request;
  var paths = Module._resolveLookupPaths(request, parent)[1];
  var filename = Module._findPath(request, paths);
  if (!filename) {
    var err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return filename;
};

// ---- loading -------------------------------------------------------------------

Module._load = function (request, parent, isMain) {
  var filename = Module._resolveFilename(request, parent);
  var cached = Module._cache[filename];
  if (cached) return cached.exports;
  if (internal.isPublicNative(filename)) return internal.nativeRequire(filename);

  var mod = new Module(filename, parent);
  if (isMain) {
    globalThis.process.mainModule = mod;
    mod.id = '.';
  }
  // Cached before it runs: a require cycle gets the partial exports.
  Module._cache[filename] = mod;
  var ok = false;
  try {
    mod.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return mod.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  var ext = path.extname(filename) || '.js';
  if (!Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (request) {
  // Node v0.12 checks with assert(): AssertionErrors with these messages.
  if (typeof request !== 'string') throw assertionError('path must be a string');
  if (!request) throw assertionError('missing path');
  return Module._load(request, this);
};

function assertionError(message) {
  var err = new Error(message);
  err.name = 'AssertionError';
  err.actual = false;
  err.expected = true;
  err.operator = '==';
  err.generatedMessage = false;
  return err;
}

// The `require` function handed to a module's code (and to the REPL).
Module._makeRequire = function (mod) {
  function require(request) {
    return mod.require(request);
  }
  require.resolve = function (request) {
    return Module._resolveFilename(request, mod);
  };
  Object.defineProperty(require, 'main', {
    get: function () { return globalThis.process.mainModule; },
    enumerable: true, configurable: true
  });
  require.extensions = Module._extensions;
  require.registerExtension = function () {
    throw new Error('require.registerExtension() removed. Use ' +
      'require.extensions instead.');
  };
  require.cache = Module._cache;
  return require;
};

Module.prototype._compile = function (content, filename) {
  // A leading #! line is blanked (not removed) to keep line numbers.
  content = content.replace(/^#!.*/, '');
  var require = Module._makeRequire(this);
  var wrapper = internal.runScript(Module.wrap(content), filename);
  var dirname = path.dirname(filename);
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function (mod, filename) {
  mod._compile(stripBOM(host('readFile', filename)), filename);
};

Module._extensions['.json'] = function (mod, filename) {
  var content = host('readFile', filename);
  try {
    mod.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (mod, filename) {
  var err = new Error('Cannot load native addon ' + filename +
    ': native addons cannot run in persha');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node.
Module._initPaths = function () {
  var process = globalThis.process;
  var env = process.env || {};
  var paths = [path.resolve(process.execPath || '/', '..', '..', 'lib', 'node')];
  if (env.HOME) {
    paths.unshift(path.resolve(env.HOME, '.node_libraries'));
    paths.unshift(path.resolve(env.HOME, '.node_modules'));
  }
  if (env.NODE_PATH) {
    paths = env.NODE_PATH.split(path.delimiter).filter(Boolean).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice(0);
};

// Load the program's main module (script mode).
Module.runMain = function (main) {
  Module._load(path.resolve(main || globalThis.process.argv[1]), null, true);
};

// Node v0.12 keeps this alias.
Module.requireRepl = function () {
  return internal.nativeRequire('repl');
};

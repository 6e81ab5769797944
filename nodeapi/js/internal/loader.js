// persha bootstrap, first script: the registry of built-in modules.
// The second script names them all (__persha_lazy); a module's source is
// compiled when it is first required: the pure op `moduleSource` hands it
// over wrapped (by nodeapi/src/scripts.rs) as a script whose value is its
// factory, (function (exports, require, module, internal) {...}).
// internal/main.js is loaded last by __persha_load('internal/main').
(function (global) {
  'use strict';

  var factories = Object.create(null); // name -> factory function
  var lazy = Object.create(null); // name -> true: built in, not compiled yet
  var cache = Object.create(null); // name -> module record
  // Private namespace shared by the built-in modules (hooks, loop state).
  // Never reachable from user code.
  var internal = Object.create(null);

  function nativeRequire(name) {
    var cached = cache[name];
    if (cached) return cached.exports;
    var factory = factories[name];
    if (!factory && lazy[name]) {
      var src = internal.host('moduleSource', name);
      factory = factories[name] = internal.runScript(src[0], src[1]);
    }
    if (!factory) {
      var err = new Error("Cannot find module '" + name + "'");
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    var mod = { id: name, exports: {}, loaded: false };
    // Cached before running so cycles between built-ins see partial exports.
    cache[name] = mod;
    try {
      factory.call(mod.exports, mod.exports, nativeRequire, mod, internal);
    } catch (e) {
      delete cache[name];
      throw e;
    }
    mod.loaded = true;
    return mod.exports;
  }

  // The host door and the engine's script evaluator, captured now so that user
  // code reassigning the globals cannot break the runtime. (Captured lazily if
  // an embedder installs them after the bootstrap.)
  var hostFn = global.$host;
  var engineObj = global.$engine;
  internal.host = function host() {
    if (!hostFn) hostFn = global.$host;
    return hostFn.apply(undefined, arguments);
  };
  internal.runScript = function runScript(source, filename) {
    if (!engineObj) engineObj = global.$engine;
    return engineObj.runScript(source, filename);
  };

  internal.nativeRequire = nativeRequire;
  internal.hasNative = function (name) {
    return Object.prototype.hasOwnProperty.call(factories, name) ||
      Object.prototype.hasOwnProperty.call(lazy, name);
  };
  // Public built-ins: what user code may require (no internal/ modules).
  internal.isPublicNative = function (name) {
    return internal.hasNative(name) && name.indexOf('internal/') !== 0;
  };
  internal.nativeNames = function () {
    var all = Object.keys(lazy);
    Object.keys(factories).forEach(function (n) { if (!lazy[n]) all.push(n); });
    return all.sort().filter(internal.isPublicNative);
  };

  function hidden(name, value) {
    Object.defineProperty(global, name, {
      value: value, writable: true, configurable: true, enumerable: false
    });
  }

  hidden('__persha_lazy', function (names) {
    names.forEach(function (n) { lazy[n] = true; });
  });
  hidden('__persha_load', function (name) {
    return nativeRequire(name);
  });
})(typeof globalThis !== 'undefined' ? globalThis : this);

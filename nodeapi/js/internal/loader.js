// persha bootstrap, first script: the registry of built-in modules.
// Every other bootstrap file is wrapped (by nodeapi/src/scripts.rs) as
//   __persha_define(name, function (exports, require, module, internal) {...});
// Nothing runs at definition time; internal/main.js is loaded last by
// __persha_load('internal/main'). No host calls happen during bootstrap.
(function (global) {
  'use strict';

  var factories = Object.create(null); // name -> factory function
  var cache = Object.create(null); // name -> module record
  // Private namespace shared by the built-in modules (hooks, loop state).
  // Never reachable from user code.
  var internal = Object.create(null);

  function nativeRequire(name) {
    var cached = cache[name];
    if (cached) return cached.exports;
    var factory = factories[name];
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
    return Object.prototype.hasOwnProperty.call(factories, name);
  };
  // Public built-ins: what user code may require (no internal/ modules).
  internal.isPublicNative = function (name) {
    return internal.hasNative(name) && name.indexOf('internal/') !== 0;
  };
  internal.nativeNames = function () {
    return Object.keys(factories).filter(internal.isPublicNative);
  };

  function hidden(name, value) {
    Object.defineProperty(global, name, {
      value: value, writable: true, configurable: true, enumerable: false
    });
  }

  hidden('__persha_define', function (name, factory) {
    factories[name] = factory;
  });
  hidden('__persha_load', function (name) {
    return nativeRequire(name);
  });
})(typeof globalThis !== 'undefined' ? globalThis : this);

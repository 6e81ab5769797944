'use strict';
// Every nondeterministic input must be journaled so that replay reproduces
// each turn exactly. This module removes or replaces the engine's own sources:
// Date reads the host's (journaled) clock, Math.random is a PRNG seeded once
// from the start event, and GC-observing built-ins are deleted.

var host = internal.host;

// ---- Date ------------------------------------------------------------------

exports.installDate = function (global) {
  var OrigDate = global.Date;
  // A wrapper sharing the original prototype: `new Date(...) instanceof Date`,
  // Date.prototype methods and subclassing keep working; only "now" changes.
  var PershaDate = function Date(a, b, c, d, e, f, g) {
    if (new.target === undefined) {
      // Called as a function: the current time as a string, like Date().
      return new OrigDate(host('clock')).toString();
    }
    var args = arguments.length === 0 ? [host('clock')] :
      Array.prototype.slice.call(arguments);
    return Reflect.construct(OrigDate, args, new.target);
  };
  Object.defineProperty(PershaDate, 'prototype', {
    value: OrigDate.prototype, writable: false, enumerable: false, configurable: false
  });
  Object.defineProperty(OrigDate.prototype, 'constructor', {
    value: PershaDate, writable: true, enumerable: false, configurable: true
  });
  Object.defineProperty(PershaDate, 'length', { value: 7, configurable: true });
  function hiddenMethod(name, fn) {
    Object.defineProperty(PershaDate, name, {
      value: fn, writable: true, enumerable: false, configurable: true
    });
  }
  hiddenMethod('now', function now() { return host('clock'); });
  hiddenMethod('parse', OrigDate.parse);
  hiddenMethod('UTC', OrigDate.UTC);
  Object.defineProperty(global, 'Date', {
    value: PershaDate, writable: true, enumerable: false, configurable: true
  });
};

// ---- Math.random -------------------------------------------------------------

// xoshiro128** on four 32-bit words; the state lives in this closure and is
// therefore part of the heap (and replayed deterministically).
var s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 0x01234567;

function rotl(x, k) {
  return (x << k) | (x >>> (32 - k));
}

function next32() {
  var result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
  var t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 11);
  return result;
}

exports.seedRandom = function (seed) {
  s0 = seed[0] >>> 0; s1 = seed[1] >>> 0; s2 = seed[2] >>> 0; s3 = seed[3] >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  // Discard a few outputs so that similar seeds diverge.
  for (var i = 0; i < 8; i++) next32();
};

exports.installRandom = function (global) {
  Object.defineProperty(global.Math, 'random', {
    value: function random() {
      // 53 random bits: 27 from one draw, 26 from the next.
      var hi = next32() >>> 5, lo = next32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    writable: true, enumerable: false, configurable: true
  });
};

// ---- GC-observable and other unjournaled built-ins ---------------------------------

exports.removeNondeterministic = function (global) {
  ['WeakRef', 'FinalizationRegistry', 'performance'].forEach(function (name) {
    if (Object.prototype.hasOwnProperty.call(global, name)) delete global[name];
  });
};

'use strict';
// assert as documented for Node v0.12. Failure messages are built the way
// v0.12 built them: each side JSON-encoded (undefined, NaN, Infinity,
// functions and regexps shown by their text), cut to 128 characters, joined
// by the operator: `1 == 2`, `"a" === "b"`.

var util = require('util');

var assert = module.exports = ok;

function AssertionError(options) {
  this.name = 'AssertionError';
  this.actual = options.actual;
  this.expected = options.expected;
  this.operator = options.operator;
  if (options.message) {
    this.message = options.message;
    this.generatedMessage = false;
  } else {
    this.message = generatedMessage(this);
    this.generatedMessage = true;
  }
  var start = options.stackStartFunction || fail;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(this, start);
  } else {
    this.stack = new Error(this.message).stack;
  }
}
util.inherits(AssertionError, Error);
assert.AssertionError = AssertionError;

function jsonValue(key, value) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !isFinite(value)) return String(value);
  if (typeof value === 'function' || util.isRegExp(value)) return String(value);
  return value;
}

function shown(value) {
  var s;
  try {
    s = JSON.stringify(value, jsonValue);
  } catch (e) {
    s = util.inspect(value); // cycles: JSON cannot show them
  }
  if (typeof s !== 'string') return s;
  return s.length < 128 ? s : s.slice(0, 128);
}

function generatedMessage(err) {
  return shown(err.actual) + ' ' + err.operator + ' ' + shown(err.expected);
}

function fail(actual, expected, message, operator, stackStartFunction) {
  throw new AssertionError({
    message: message,
    actual: actual,
    expected: expected,
    operator: operator,
    stackStartFunction: stackStartFunction
  });
}
assert.fail = fail;

function ok(value, message) {
  if (!value) fail(value, true, message, '==', ok);
}
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual != expected) fail(actual, expected, message, '==', equal);
};

assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected) fail(actual, expected, message, '!=', notEqual);
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!looseDeepEqual(actual, expected)) {
    fail(actual, expected, message, 'deepEqual', deepEqual);
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (looseDeepEqual(actual, expected)) {
    fail(actual, expected, message, 'notDeepEqual', notDeepEqual);
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (actual !== expected) fail(actual, expected, message, '===', strictEqual);
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (actual === expected) fail(actual, expected, message, '!==', notStrictEqual);
};

// ---- deepEqual (v0.12: loose, prototypes ignored) ---------------------------

function isBufferLike(v) {
  var B = globalThis.Buffer;
  return !!(B && typeof B.isBuffer === 'function' && B.isBuffer(v));
}

function isArgs(v) {
  return Object.prototype.toString.call(v) === '[object Arguments]';
}

function looseDeepEqual(actual, expected) {
  if (actual === expected) return true;
  if (isBufferLike(actual) && isBufferLike(expected)) {
    if (actual.length !== expected.length) return false;
    for (var i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) return false;
    }
    return true;
  }
  if (util.isDate(actual) && util.isDate(expected)) {
    return actual.getTime() === expected.getTime();
  }
  if (util.isRegExp(actual) && util.isRegExp(expected)) {
    return actual.source === expected.source &&
      actual.global === expected.global &&
      actual.multiline === expected.multiline &&
      actual.lastIndex === expected.lastIndex &&
      actual.ignoreCase === expected.ignoreCase;
  }
  if (!util.isObject(actual) && !util.isObject(expected)) {
    // eslint-disable-next-line eqeqeq
    return actual == expected;
  }
  return objectsEquivalent(actual, expected);
}

function objectsEquivalent(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  // v0.12 compares the `prototype` properties (not the prototypes).
  if (a.prototype !== b.prototype) return false;
  if (util.isPrimitive(a) || util.isPrimitive(b)) return a === b;
  var aArgs = isArgs(a), bArgs = isArgs(b);
  if (aArgs !== bArgs) return false;
  if (aArgs) {
    return looseDeepEqual(Array.prototype.slice.call(a), Array.prototype.slice.call(b));
  }
  var ka, kb;
  try {
    ka = Object.keys(a);
    kb = Object.keys(b);
  } catch (e) {
    return false;
  }
  if (ka.length !== kb.length) return false;
  ka.sort();
  kb.sort();
  var i;
  for (i = ka.length - 1; i >= 0; i--) {
    if (ka[i] !== kb[i]) return false;
  }
  for (i = ka.length - 1; i >= 0; i--) {
    if (!looseDeepEqual(a[ka[i]], b[ka[i]])) return false;
  }
  return true;
}

// ---- throws / doesNotThrow ----------------------------------------------------

function matchesExpected(actual, expected) {
  if (!actual || !expected) return false;
  if (Object.prototype.toString.call(expected) === '[object RegExp]') {
    return expected.test(actual);
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (expected.call({}, actual) === true) return true;
  }
  return false;
}

function checkThrows(shouldThrow, block, expected, message, caller) {
  if (typeof expected === 'string') {
    message = expected;
    expected = null;
  }
  var actual, threw = false;
  try {
    block();
  } catch (e) {
    actual = e;
    threw = true;
  }
  // v0.12's wording, double period included when there is no message.
  message = (expected && expected.name ? ' (' + expected.name + ').' : '.') +
    (message ? ' ' + message : '.');
  if (shouldThrow && !actual) {
    fail(actual, expected, 'Missing expected exception' + message, undefined, caller);
  }
  if (!shouldThrow && matchesExpected(actual, expected)) {
    fail(actual, expected, 'Got unwanted exception' + message, undefined, caller);
  }
  if ((shouldThrow && actual && expected && !matchesExpected(actual, expected)) ||
      (!shouldThrow && threw && actual)) {
    throw actual;
  }
}

assert.throws = function throws(block, error, message) {
  checkThrows(true, block, error, message, throws);
};

assert.doesNotThrow = function doesNotThrow(block, message) {
  checkThrows(false, block, undefined, message, doesNotThrow);
};

assert.ifError = function ifError(err) {
  if (err) throw err;
};

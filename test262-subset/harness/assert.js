// persha test262-subset harness: assert, assert.sameValue, assert.notSameValue,
// assert.throws, compareArray / assert.compareArray.
// Written for this project (the API follows test262's harness/assert.js).
function assert(mustBeTrue, message) {
  if (mustBeTrue === true) {
    return;
  }
  if (message === undefined) {
    message = "Expected true but got " + assert._toString(mustBeTrue);
  }
  throw new Test262Error(message);
}

assert._isSameValue = function (a, b) {
  if (a === b) {
    // +0 and -0 differ
    return a !== 0 || 1 / a === 1 / b;
  }
  // NaN is the same as NaN
  return a !== a && b !== b;
};

assert._toString = function (value) {
  try {
    if (value === 0 && 1 / value === -Infinity) {
      return "-0";
    }
    if (typeof value === "string") {
      return '"' + value + '"';
    }
    return String(value);
  } catch (err) {
    if (err instanceof TypeError) {
      return typeof value === "symbol" ? "Symbol()" : "[object]";
    }
    throw err;
  }
};

assert.sameValue = function (actual, expected, message) {
  if (assert._isSameValue(actual, expected)) {
    return;
  }
  throw new Test262Error(
    (message === undefined ? "" : message + " ") +
      "Expected SameValue(" + assert._toString(actual) + ", " +
      assert._toString(expected) + ") to be true"
  );
};

assert.notSameValue = function (actual, unexpected, message) {
  if (!assert._isSameValue(actual, unexpected)) {
    return;
  }
  throw new Test262Error(
    (message === undefined ? "" : message + " ") +
      "Expected SameValue(" + assert._toString(actual) + ", " +
      assert._toString(unexpected) + ") to be false"
  );
};

assert.throws = function (expectedErrorConstructor, func, message) {
  var prefix = message === undefined ? "" : message + " ";
  if (typeof func !== "function") {
    throw new Test262Error(prefix + "assert.throws requires a function");
  }
  try {
    func();
  } catch (thrown) {
    if (typeof thrown !== "object" || thrown === null) {
      throw new Test262Error(prefix + "Thrown value was not an object: " + assert._toString(thrown));
    }
    if (thrown.constructor !== expectedErrorConstructor) {
      var name = thrown.constructor && thrown.constructor.name;
      throw new Test262Error(
        prefix + "Expected a " + expectedErrorConstructor.name +
          " but got a " + name + (thrown.message ? ": " + thrown.message : "")
      );
    }
    return;
  }
  throw new Test262Error(
    prefix + "Expected a " + expectedErrorConstructor.name + " to be thrown but no exception was thrown at all"
  );
};

function compareArray(a, b) {
  if (b.length !== a.length) {
    return false;
  }
  for (var i = 0; i < a.length; i++) {
    if (!assert._isSameValue(a[i], b[i])) {
      return false;
    }
  }
  return true;
}

compareArray.format = function (arr) {
  var parts = [];
  for (var i = 0; i < arr.length; i++) {
    parts.push(assert._toString(arr[i]));
  }
  return "[" + parts.join(", ") + "]";
};

assert.compareArray = function (actual, expected, message) {
  var prefix = message === undefined ? "" : message + " ";
  if (actual == null || expected == null) {
    throw new Test262Error(prefix + "compareArray needs two arrays");
  }
  if (!compareArray(actual, expected)) {
    throw new Test262Error(
      prefix + "Expected " + compareArray.format(actual) + " and " +
        compareArray.format(expected) + " to have the same contents"
    );
  }
};

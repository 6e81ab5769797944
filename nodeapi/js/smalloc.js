'use strict';
// smalloc as documented for Node v0.12: external array data attached to
// plain objects. An engine-neutral runtime cannot attach indexed external
// storage to an arbitrary object, so alloc() backs the object with a typed
// array of the requested type and gives it one accessor property per index
// (get/set convert exactly as the external array would). Limitations:
// - alloc() costs one property definition per element: fine for modest
//   sizes, slow for millions of elements;
// - the indices are accessor properties, so Object.getOwnPropertyDescriptor
//   shows get/set rather than a value, and they are not enumerable;
// - Buffers and typed arrays count as having external data (as in v0.12 for
//   Buffers) and can be the source or destination of copyOnto().

var Buffer = require('buffer').Buffer;

var kMaxLength = 0x3fffffff;
exports.kMaxLength = kMaxLength;

var Types = {
  Int8: 1, Uint8: 2, Int16: 3, Uint16: 4, Int32: 5, Uint32: 6,
  Float: 7, Double: 8, Uint8Clamped: 9
};
exports.Types = Types;

var ctors = [null, Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, Uint8ClampedArray];

var external = new WeakMap(); // object → { data: typed array, type }

function isTypedArray(obj) {
  return ArrayBuffer.isView(obj) && !(obj instanceof DataView);
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function typeOfArray(arr) {
  for (var t = 1; t < ctors.length; t++) {
    if (arr instanceof ctors[t]) return t;
  }
  return 0;
}

// The store behind obj, or null.
function storeOf(obj) {
  if (isPrimitive(obj)) return null;
  if (isTypedArray(obj)) return { data: obj, type: typeOfArray(obj) };
  return external.get(obj) || null;
}

function defineIndex(obj, data, i) {
  Object.defineProperty(obj, i, {
    get: function () { return data[i]; },
    set: function (v) { data[i] = v; },
    enumerable: false, configurable: true
  });
}

exports.alloc = function alloc(n, obj, type) {
  n = n >>> 0;
  if (obj === undefined) obj = {};
  if (typeof obj === 'number') {
    type = obj >>> 0;
    obj = {};
  } else if (isPrimitive(obj)) {
    throw new TypeError('obj must be an Object');
  }
  if (Array.isArray(obj)) throw new TypeError('obj cannot be an array');
  if (obj instanceof Buffer) throw new TypeError('obj cannot be a Buffer');
  if (isTypedArray(obj)) throw new TypeError('obj cannot be a typed array');
  if (external.has(obj)) throw new TypeError('object already has external array data');
  if (type === undefined) type = Types.Uint8;
  if (!(type >= 1 && type <= 9)) throw new TypeError('unknown external array type: ' + type);
  if (n > kMaxLength) {
    throw new RangeError('Attempt to allocate array larger than maximum size: 0x' +
      kMaxLength.toString(16) + ' elements');
  }
  var data = new ctors[type](n);
  external.set(obj, { data: data, type: type });
  for (var i = 0; i < n; i++) defineIndex(obj, data, i);
  return obj;
};

exports.dispose = function dispose(obj) {
  if (isPrimitive(obj)) throw new TypeError('obj must be an Object');
  if (obj instanceof Buffer) throw new TypeError('obj cannot be a Buffer');
  if (isTypedArray(obj)) throw new TypeError('obj cannot be a typed array');
  var store = external.get(obj);
  if (!store) throw new TypeError('obj has no external array data');
  for (var i = 0; i < store.data.length; i++) delete obj[i];
  external.delete(obj);
};

exports.hasExternalData = function hasExternalData(obj) {
  return storeOf(obj) !== null;
};

exports.copyOnto = function copyOnto(source, sourceStart, dest, destStart, copyLength) {
  if (isPrimitive(source)) throw new TypeError('source must be an object');
  if (isPrimitive(dest)) throw new TypeError('dest must be an object');
  var from = storeOf(source);
  var to = storeOf(dest);
  if (!from) throw new TypeError('source has no external array data');
  if (!to) throw new TypeError('dest has no external array data');
  if (from.type !== to.type) throw new TypeError('source and dest types do not match');
  sourceStart = sourceStart >>> 0;
  destStart = destStart >>> 0;
  copyLength = copyLength >>> 0;
  if (sourceStart > from.data.length) throw new RangeError('source_start > source_length');
  if (destStart > to.data.length) throw new RangeError('dest_start > dest_length');
  if (copyLength > from.data.length - sourceStart) {
    throw new RangeError('copy_length > source_length - source_start');
  }
  if (copyLength > to.data.length - destStart) {
    throw new RangeError('copy_length > dest_length - dest_start');
  }
  var src = from.data.subarray(sourceStart, sourceStart + copyLength);
  Object.getPrototypeOf(Uint8Array.prototype).set.call(to.data, src, destStart);
};

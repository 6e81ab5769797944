// The Sync functions round-trip every format, and the formats have their
// headers: zlib (78 xx), gzip (1f 8b), raw deflate (none).
'use strict';
var assert = require('assert');
var zlib = require('zlib');

var text = new Array(200).join('persha keeps state. ');
var input = new Buffer(text);

var z = zlib.deflateSync(input);
assert.strictEqual(z[0], 0x78);
assert.ok(z.length < input.length);
assert.strictEqual(zlib.inflateSync(z).toString(), text);
console.log('deflate/inflate round-trip');

var g = zlib.gzipSync(text);
assert.strictEqual(g[0], 0x1f);
assert.strictEqual(g[1], 0x8b);
assert.strictEqual(zlib.gunzipSync(g).toString(), text);
console.log('gzip/gunzip round-trip');

var r = zlib.deflateRawSync(input);
assert.strictEqual(zlib.inflateRawSync(r).toString(), text);
console.log('deflateRaw/inflateRaw round-trip');

assert.strictEqual(zlib.unzipSync(g).toString(), text);
assert.strictEqual(zlib.unzipSync(z).toString(), text);
console.log('unzip reads gzip and zlib');

var fast = zlib.deflateSync(input, { level: zlib.Z_BEST_SPEED });
var small = zlib.deflateSync(input, { level: zlib.Z_BEST_COMPRESSION });
assert.strictEqual(zlib.inflateSync(fast).toString(), text);
assert.strictEqual(zlib.inflateSync(small).toString(), text);
var none = zlib.deflateSync(input, { level: zlib.Z_NO_COMPRESSION });
assert.ok(none.length > input.length);
console.log('levels apply');

assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new Buffer(0))).length, 0);
console.log('empty input round-trips');

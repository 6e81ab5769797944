// net.isIP / isIPv4 / isIPv6.
'use strict';
var assert = require('assert');
var net = require('net');

assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('0.0.0.0'), 4);
assert.strictEqual(net.isIP('255.255.255.255'), 4);
assert.strictEqual(net.isIP('256.0.0.1'), 0);
assert.strictEqual(net.isIP('1.2.3'), 0);
assert.strictEqual(net.isIP('01.2.3.4'), 0);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('::'), 6);
assert.strictEqual(net.isIP('fe80::1%lo0'), 6);
assert.strictEqual(net.isIP('2001:db8:0:0:0:0:2:1'), 6);
assert.strictEqual(net.isIP('::ffff:127.0.0.1'), 6);
assert.strictEqual(net.isIP('1:2:3:4:5:6:7:8:9'), 0);
assert.strictEqual(net.isIP('1::2::3'), 0);
assert.strictEqual(net.isIP('localhost'), 0);
assert.strictEqual(net.isIP(''), 0);
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIPv4('10.0.0.1'), true);
assert.strictEqual(net.isIPv4('::1'), false);
assert.strictEqual(net.isIPv6('::1'), true);
assert.strictEqual(net.isIPv6('10.0.0.1'), false);
console.log('isIP family checks pass');

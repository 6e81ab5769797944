// http.STATUS_CODES, http.METHODS and the shape of the module's exports.
'use strict';
var assert = require('assert');
var http = require('http');

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[100], 'Continue');
assert.strictEqual(http.STATUS_CODES[302], 'Moved Temporarily');
assert.strictEqual(http.STATUS_CODES[408], 'Request Time-out');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a teapot');
assert.strictEqual(http.STATUS_CODES[500], 'Internal Server Error');
assert.strictEqual(http.STATUS_CODES[511], 'Network Authentication Required');
assert.strictEqual(http.STATUS_CODES[999], undefined);
var codes = Object.keys(http.STATUS_CODES);
codes.forEach(function (c) {
  assert.ok(/^[1-5]\d\d$/.test(c), c);
  assert.strictEqual(typeof http.STATUS_CODES[c], 'string');
});
console.log('status codes: ' + codes.length + ', from ' + codes[0] + ' to ' + codes[codes.length - 1]);

assert.ok(Array.isArray(http.METHODS));
var sorted = http.METHODS.slice().sort();
assert.deepEqual(http.METHODS, sorted);
['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', 'M-SEARCH']
  .forEach(function (m) { assert.notStrictEqual(http.METHODS.indexOf(m), -1, m); });
console.log('methods: ' + http.METHODS.join(' '));

['createServer', 'request', 'get'].forEach(function (f) {
  assert.strictEqual(typeof http[f], 'function', f);
});
['Server', 'ServerResponse', 'IncomingMessage', 'OutgoingMessage', 'ClientRequest', 'Agent']
  .forEach(function (c) {
    assert.strictEqual(typeof http[c], 'function', c);
    assert.strictEqual(typeof http[c].prototype, 'object', c);
  });
assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.maxSockets, Infinity);
assert.strictEqual(http.globalAgent.keepAlive, false);
assert.strictEqual(http.globalAgent.defaultPort, 80);
assert.strictEqual(http.globalAgent.protocol, 'http:');
assert.strictEqual(http.Agent.defaultMaxSockets, Infinity);

var net = require('net');
var server = http.createServer();
assert.ok(server instanceof http.Server);
assert.ok(server instanceof net.Server);
assert.strictEqual(server.timeout, 120000);
var cb = function () {};
assert.strictEqual(server.setTimeout(1000, cb), server);
assert.strictEqual(server.timeout, 1000);
assert.strictEqual(server.listeners('timeout')[0], cb);
assert.ok(http.Server() instanceof http.Server); // works without new
assert.ok(http.ServerResponse.prototype instanceof http.OutgoingMessage);
assert.ok(http.ClientRequest.prototype instanceof http.OutgoingMessage);
assert.ok(new http.IncomingMessage(null) instanceof require('stream').Readable);

// The internal modules Node v0.12 split http into are there too.
assert.strictEqual(require('_http_server').ServerResponse, http.ServerResponse);
assert.strictEqual(require('_http_incoming').IncomingMessage, http.IncomingMessage);
assert.strictEqual(require('_http_agent').globalAgent, http.globalAgent);
console.log('exports: ok');

// Expect: 100-continue. Without a 'checkContinue' listener the server
// answers 100 Continue by itself; with one, the listener decides: it may
// call writeContinue() or answer at once (the connection then closes).
// The client sends its head at once and gets 'continue'.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

function postWithExpect(t, port, path, cb) {
  var events = [];
  var req = t.request({ port: port, method: 'POST', path: path, headers: { Expect: '100-continue' } },
    function (res) {
      events.push('response ' + res.statusCode);
      t.body(res, function (body) { cb(events, res, body); });
    });
  req.on('continue', function () {
    events.push('continue');
    req.end('the body');
  });
  return req;
}

h.run([
  function automaticContinue(t) {
    var server = t.server(function (req, res) {
      assert.strictEqual(req.headers.expect, '100-continue');
      t.body(req, function (body) { res.end('server read: ' + body); });
    });
    t.listen(server, function (port) {
      postWithExpect(t, port, '/auto', function (events, res, body) {
        assert.deepEqual(events, ['continue', 'response 200']);
        t.log('automatic 100 Continue: ' + body);
        t.done();
      });
    });
  },

  function checkContinueAccepts(t) {
    var server = t.server(function () { throw new Error('no request event with checkContinue'); });
    server.on('checkContinue', function (req, res) {
      assert.strictEqual(req.url, '/checked');
      res.writeContinue();
      t.body(req, function (body) {
        res.writeHead(200, { 'Content-Length': body.length });
        res.end(body);
      });
    });
    t.listen(server, function (port) {
      postWithExpect(t, port, '/checked', function (events, res, body) {
        assert.deepEqual(events, ['continue', 'response 200']);
        assert.strictEqual(body, 'the body');
        t.log('checkContinue with writeContinue: ' + body);
        t.done();
      });
    });
  },

  function checkContinueRefuses(t) {
    var server = t.server();
    server.on('checkContinue', function (req, res) {
      res.writeHead(417, { 'Content-Type': 'text/plain' });
      res.end('no thanks');
    });
    t.listen(server, function (port) {
      var req = postWithExpect(t, port, '/refused', function (events, res, body) {
        assert.deepEqual(events, ['response 417']);
        assert.strictEqual(res.statusMessage, 'Expectation Failed');
        // The client might still send its body: the connection is not reused.
        assert.strictEqual(res.headers.connection, 'close');
        t.log('checkContinue refused: 417 ' + body);
        t.done();
      });
    });
  }
]);

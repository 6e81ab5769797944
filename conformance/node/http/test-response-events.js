// Events around a response: 'finish' once all is handed to the socket,
// 'close' on a ServerResponse whose client went away first, 'aborted' on a
// request whose body was cut off, and the client's 'close' and 'end'.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function finishNotClose(t) {
    var events = [];
    var server = t.server(function (req, res) {
      res.on('finish', function () { events.push('finish'); });
      res.on('close', function () { events.push('close'); });
      res.end('bye', function () { events.push('end callback'); });
    });
    t.listen(server, function (port) {
      var req = t.get({ port: port }, function (res) {
        res.resume();
        res.on('end', function () { events.push('client end'); });
      });
      req.on('close', t.cb(function () {
        setImmediate(t.cb(function () {
          assert.deepEqual(events, ['finish', 'end callback', 'client end']);
          t.log('a finished response: ' + events.join(', '));
          t.done();
        }));
      }));
    });
  },

  function closeBeforeFinish(t) {
    var server = t.server(function (req, res) {
      res.write('partial');
      res.on('finish', function () { throw new Error('never finished'); });
      res.on('close', t.cb(function () {
        assert.strictEqual(res.finished, false);
        t.log('ServerResponse close: the client left first');
        t.done();
      }));
    });
    t.listen(server, function (port) {
      var req = t.get({ port: port }, function (res) {
        var aborted = false;
        res.on('aborted', function () { aborted = true; });
        res.once('data', function () { req.abort(); });
        res.on('end', function () { assert.ok(aborted); });
      });
      req.on('error', function (err) {
        if (!h.isRestart(err)) throw err;
      });
    });
  },

  function requestAborted(t) {
    var server = t.server(function (req, res) {
      var got = '';
      req.on('data', function (d) {
        got += d;
        client.destroy();
      });
      req.on('end', function () { throw new Error('the body never ended'); });
      req.on('aborted', t.cb(function () {
        assert.strictEqual(req.complete, false);
        assert.strictEqual(got, 'half');
        t.log('IncomingMessage aborted after ' + got);
      }));
      req.on('close', t.cb(function () {
        t.log('IncomingMessage close after aborted');
        t.done();
      }));
    });
    var client;
    t.listen(server, function (port) {
      client = t.connect(port, function () {
        client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhalf');
      });
    });
  }
]);

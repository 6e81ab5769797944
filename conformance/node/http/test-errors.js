// Errors: ECONNREFUSED on a closed port, 'clientError' for bytes that are
// not HTTP (the connection is closed, nothing is answered), a bad response
// on the client, socket hang up, 'write after end', and the request
// options that throw.
'use strict';
var assert = require('assert');
var http = require('http');
var h = require('./h-helpers');

h.run([
  function refused(t) {
    // A port that was just free: nothing listens there.
    var probe = t.server();
    t.listen(probe, function (port) {
      probe.close(t.cb(function () {
        var req = t.get({ host: '127.0.0.1', port: port }, function () {
          throw new Error('no response from a closed port');
        });
        req.on('error', t.cb(function (err) {
          if (h.isRestart(err)) return;
          assert.strictEqual(err.code, 'ECONNREFUSED');
          assert.strictEqual(err.syscall, 'connect');
          assert.ok(/^connect ECONNREFUSED/.test(err.message), err.message);
          t.log('closed port: ' + err.code + ' from ' + err.syscall);
          t.done();
        }));
      }));
    });
  },

  function garbageRequests(t) {
    var server = t.server(function () { throw new Error('no request from garbage'); });
    var errors = [];
    server.on('clientError', function (err, socket) {
      if (h.isRestart(err)) return;
      assert.strictEqual(err.message, 'Parse Error');
      assert.ok(socket && typeof socket.destroy === 'function');
      errors.push(err.code);
    });
    t.listen(server, function (port) {
      var inputs = [
        'FOO / HTTP/1.1\r\n\r\n',
        '\u0001\u0002\u0003 nonsense\r\n\r\n',
        'GET / HTTP/1.1\r\nBad Header Name: x\r\n\r\n',
        'POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n'
      ];
      var answers = [];
      (function next() {
        var input = inputs.shift();
        var sock = t.connect(port, function () { sock.write(input); });
        var got = '';
        sock.on('data', function (d) { got += d; });
        sock.on('close', t.cb(function () {
          answers.push(got === '' ? 'nothing' : got.split('\r\n')[0]);
          if (inputs.length) {
            next();
            return;
          }
          assert.deepEqual(answers, ['nothing', 'nothing', 'nothing', 'nothing']);
          t.log('clientError codes: ' + errors.join(' '));
          t.done();
        }));
      })();
    });
  },

  function badResponse(t) {
    var server = t.netServer(function (socket) {
      socket.on('data', function () { socket.end('HTTP/1.1 abc Broken\r\n\r\n'); });
    });
    t.listen(server, function (port) {
      var req = t.get({ port: port }, function () { throw new Error('no response from garbage'); });
      req.on('error', t.cb(function (err) {
        if (h.isRestart(err)) return;
        assert.strictEqual(err.message, 'Parse Error');
        t.log('bad response: ' + err.message + ' ' + err.code);
        t.done();
      }));
    });
  },

  function hangUp(t) {
    var server = t.server(function (req) { req.socket.destroy(); });
    t.listen(server, function (port) {
      var req = t.get({ port: port }, function () { throw new Error('no response expected'); });
      req.on('error', t.cb(function (err) {
        if (h.isRestart(err)) return;
        assert.strictEqual(err.code, 'ECONNRESET');
        t.log('server closed without answering: ' + err.message);
        t.done();
      }));
    });
  },

  function writeAfterEnd(t) {
    var server = t.server(function (req, res) {
      res.end('done');
      assert.strictEqual(res.finished, true);
      assert.strictEqual(res.end('again'), false);
      res.on('error', t.cb(function (err) {
        assert.strictEqual(err.message, 'write after end');
        t.log('res.write after end: ' + err.message);
      }));
      res.write('more');
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        t.body(res, function (body) {
          assert.strictEqual(body, 'done');
          t.log('the response before it: ' + body);
          t.done();
        });
      });
    });
  },

  function throwingOptions(t) {
    assert.throws(function () { http.request({ path: '/a b' }); },
      function (e) { return e instanceof TypeError && e.message === 'Request path contains unescaped characters.'; });
    assert.throws(function () { http.request({ protocol: 'https:', port: 1 }); },
      /Protocol "https:" not supported\. Expected "http:"\./);
    var server = t.server(function (req, res) {
      assert.throws(function () { res.write(42); }, /first argument must be a string or Buffer/);
      assert.throws(function () { res.end({}); }, /first argument must be a string or Buffer/);
      res.end();
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        res.resume();
        res.on('end', t.cb(function () {
          t.log('bad paths, protocols and bodies throw');
          t.done();
        }));
      });
    });
  }
]);

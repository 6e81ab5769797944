// http.request's options: a URL string, hostname over host, method case,
// setHost: false, defaultPort, the 'socket' event, setNoDelay and
// setSocketKeepAlive, flush() sending the head before any body, and
// Content-Length set by the caller (no chunks).
'use strict';
var assert = require('assert');
var http = require('http');
var h = require('./h-helpers');

h.run([
  function urlString(t) {
    var server = t.server(function (req, res) {
      res.end(req.method + ' ' + req.url + ' host=' + req.headers.host);
    });
    t.listen(server, function (port) {
      var req = t.request('http://127.0.0.1:' + port + '/p/a?th=1', function (res) {
        t.body(res, function (body) {
          assert.strictEqual(body, 'GET /p/a?th=1 host=127.0.0.1:' + port);
          t.log('URL string: ' + body.replace(String(port), 'PORT'));
          t.done();
        });
      });
      assert.ok(req instanceof http.ClientRequest);
      assert.strictEqual(req.path, '/p/a?th=1');
      assert.strictEqual(req.method, 'GET');
      req.end();
    });
  },

  function methodsAndHost(t) {
    var seen = [];
    var server = t.server(function (req, res) {
      seen.push(req.method + ' ' + (req.headers.host || 'no-host'));
      t.body(req, function (body) { res.end(body); });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'patch', setHost: false }, function (res) {
        t.body(res, function (body) {
          assert.strictEqual(body, 'patched');
          t.get({ hostname: '127.0.0.1', host: 'ignored.invalid', port: port, defaultPort: port }, function (res2) {
            res2.resume();
            res2.on('end', t.cb(function () {
              assert.deepEqual(seen, ['PATCH no-host', 'GET 127.0.0.1']);
              t.log('method upper-cased, setHost: false, defaultPort leaves the port out');
              t.done();
            }));
          });
        });
      });
      assert.strictEqual(req.method, 'PATCH');
      req.end('patched');
    });
  },

  function socketEventAndOptions(t) {
    var server = t.server(function (req, res) { res.end('ok'); });
    t.listen(server, function (port) {
      var events = [];
      var req = t.get({ port: port }, function (res) {
        events.push('response');
        res.resume();
        res.on('end', t.cb(function () {
          assert.deepEqual(events, ['socket', 'response']);
          t.log('ClientRequest events: ' + events.join(', '));
          t.done();
        }));
      });
      req.setNoDelay(true);
      req.setSocketKeepAlive(true, 1000);
      req.on('socket', function (socket) {
        assert.strictEqual(req.socket, socket);
        assert.strictEqual(req.connection, socket);
        events.push('socket');
      });
    });
  },

  function flushHead(t) {
    // flush() sends the head at once: the server sees the request before
    // the client has written any body.
    var req;
    var server = t.server(function (request, res) {
      assert.strictEqual(request.headers['content-length'], '5');
      req.end('hello');
      t.body(request, function (body) { res.end('after flush: ' + body); });
    });
    t.listen(server, function (port) {
      req = t.request({ port: port, method: 'PUT', headers: { 'Content-Length': 5 } }, function (res) {
        assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
        t.body(res, function (body) {
          t.log('flush(): ' + body);
          t.done();
        });
      });
      req.flush();
      assert.strictEqual(req.headersSent, true);
    });
  }
]);

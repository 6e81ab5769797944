// http.createServer and http.get over loopback: the request as the server
// sees it, writeHead with a reason and headers, the response as the client
// sees it, and the server's 'connection', 'listening' and 'close' events.
'use strict';
var assert = require('assert');
var http = require('http');
var h = require('./h-helpers');

h.run([
  function basicGet(t) {
    var port;
    var connections = 0;
    var server = t.server(function (req, res) {
      assert.ok(req instanceof http.IncomingMessage);
      assert.ok(res instanceof http.ServerResponse);
      assert.strictEqual(req.method, 'GET');
      assert.strictEqual(req.url, '/hello?x=1');
      assert.strictEqual(req.httpVersion, '1.1');
      assert.strictEqual(req.httpVersionMajor, 1);
      assert.strictEqual(req.httpVersionMinor, 1);
      assert.strictEqual(req.headers.host, '127.0.0.1:' + port);
      assert.strictEqual(req.headers['x-test'], 'yes');
      assert.strictEqual(req.headers.connection, 'close');
      assert.strictEqual(req.socket, req.connection);
      assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');
      assert.strictEqual(req.statusCode, null);
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.headersSent, false);
      assert.strictEqual(res.sendDate, true);
      res.writeHead(201, 'Made It', { 'Content-Type': 'text/plain', 'X-Reply': 'ok' });
      assert.strictEqual(res.headersSent, true);
      assert.strictEqual(res.statusCode, 201);
      assert.strictEqual(res.statusMessage, 'Made It');
      res.end('body text');
    });
    server.on('connection', function (socket) {
      assert.ok(socket instanceof require('net').Socket);
      connections++;
    });
    t.listen(server, function (p) {
      port = p;
      var addr = server.address();
      assert.strictEqual(addr.address, '127.0.0.1');
      assert.strictEqual(addr.family, 'IPv4');
      t.get({ host: '127.0.0.1', port: port, path: '/hello?x=1', headers: { 'X-Test': 'yes' } }, function (res) {
        assert.strictEqual(res.statusCode, 201);
        assert.strictEqual(res.statusMessage, 'Made It');
        assert.strictEqual(res.httpVersion, '1.1');
        assert.strictEqual(res.method, null);
        assert.strictEqual(res.headers['content-type'], 'text/plain');
        assert.strictEqual(res.headers['x-reply'], 'ok');
        assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
        assert.strictEqual(res.headers.connection, 'close');
        assert.ok(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/.test(res.headers.date),
          res.headers.date);
        assert.ok(res.rawHeaders.indexOf('X-Reply') !== -1);
        t.body(res, function (body) {
          assert.strictEqual(body, 'body text');
          assert.strictEqual(connections, 1);
          assert.ok(res.complete);
          t.log('basic GET: 201 Made It, body text');
          t.done();
        });
      });
    });
  },

  function implicitHead(t) {
    // No writeHead: statusCode and setHeader decide the head at the first write.
    var server = t.server(function (req, res) {
      res.statusCode = 404;
      res.setHeader('X-Why', 'missing');
      res.write('not ');
      assert.strictEqual(res.headersSent, true);
      assert.strictEqual(res.statusMessage, 'Not Found');
      res.end('here');
    });
    t.listen(server, function (port) {
      t.get({ port: port, path: '/nope' }, function (res) {
        assert.strictEqual(res.statusCode, 404);
        assert.strictEqual(res.statusMessage, 'Not Found');
        assert.strictEqual(res.headers['x-why'], 'missing');
        t.body(res, function (body) {
          t.log('implicit head: ' + res.statusCode + ' ' + body);
          t.done();
        });
      });
    });
  },

  function reasonPhrases(t) {
    // Unknown codes say 'unknown'; statusMessage set before the head is used.
    var n = 0;
    var server = t.server(function (req, res) {
      if (req.url === '/599') {
        res.writeHead(599);
      } else if (req.url === '/custom') {
        res.statusCode = 202;
        res.statusMessage = 'Queued Up';
      }
      res.end();
    });
    t.listen(server, function (port) {
      var got = [];
      ['/599', '/custom', '/plain'].forEach(function (path) {
        t.get({ port: port, path: path }, function (res) {
          got.push(path + '=' + res.statusCode + ' ' + res.statusMessage);
          res.resume();
          res.on('end', t.cb(function () {
            if (++n < 3) return;
            got.sort();
            assert.deepEqual(got, ['/599=599 unknown', '/custom=202 Queued Up', '/plain=200 OK']);
            t.log('reason phrases: ' + got.join(', '));
            t.done();
          }));
        });
      });
    });
  },

  function postWithLength(t) {
    var server = t.server(function (req, res) {
      assert.strictEqual(req.method, 'POST');
      assert.strictEqual(req.headers['content-length'], '11');
      t.body(req, function (body) {
        assert.strictEqual(body, 'hello world');
        assert.ok(req.complete);
        res.writeHead(200, { 'Content-Length': 4 });
        res.end('done');
      });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'POST', path: '/upload', headers: { 'Content-Length': 11 } },
        function (res) {
          assert.strictEqual(res.headers['content-length'], '4');
          assert.strictEqual(res.headers['transfer-encoding'], undefined);
          t.body(res, function (body) {
            t.log('POST with Content-Length answered: ' + body);
            t.done();
          });
        });
      req.write('hello ');
      req.end(new Buffer('world'));
    });
  },

  function closeEvents(t) {
    // server.close() stops listening at once and emits 'close' when the
    // last connection is gone; listen()'s callback is a 'listening' listener.
    var server = t.server(function (req, res) { res.end('x'); });
    var listening = 0;
    server.on('listening', function () { listening++; });
    t.listen(server, function (port) {
      assert.strictEqual(listening, 1);
      t.get({ port: port }, function (res) {
        res.resume();
        res.on('end', t.cb(function () {
          server.close(t.cb(function () {
            assert.strictEqual(server.address(), null);
            t.log('server closed after its last connection');
            t.done();
          }));
        }));
      });
    });
  }
]);

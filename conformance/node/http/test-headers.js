// Headers both ways: v0.12's rules for repeated request headers (set-cookie
// an array, single-valued ones keep the first, others joined), rawHeaders,
// array values and header arrays in responses, setHeader / getHeader /
// removeHeader, writeHead merging with setHeader, maxHeadersCount.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function repeatedRequestHeaders(t) {
    var server = t.server(function (req, res) {
      var hd = req.headers;
      assert.deepEqual(hd['set-cookie'], ['a=1', 'b=2']);
      assert.strictEqual(hd['content-type'], 'text/first');
      assert.strictEqual(hd['user-agent'], 'one');
      assert.strictEqual(hd['x-multi'], 'x, y, z');
      assert.strictEqual(hd.accept, 'text/html, text/plain');
      assert.strictEqual(hd['x-empty'], '');
      assert.strictEqual(hd['x-spaced'], 'padded value');
      assert.deepEqual(req.rawHeaders.slice(0, 6), ['Host', 'h', 'Set-Cookie', 'a=1', 'set-cookie', 'b=2']);
      assert.strictEqual(req.rawHeaders.length, 30);
      res.end(JSON.stringify(Object.keys(hd)));
    });
    t.listen(server, function (port) {
      h.rawExchange(t, port,
        'GET / HTTP/1.1\r\nHost: h\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n' +
        'Content-Type: text/first\r\nCONTENT-TYPE: text/second\r\n' +
        'User-Agent: one\r\nUser-Agent: two\r\n' +
        'X-Multi: x\r\nx-multi: y\r\nX-MULTI: z\r\n' +
        'Accept: text/html\r\nAccept: text/plain\r\nX-Empty:\r\nX-Spaced:   padded value  \r\n' +
        'Connection: close\r\n\r\n',
        function (got) {
          assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(got), got);
          var body = got.split('\r\n\r\n')[1];
          t.log('repeated request headers: ' + body.split('\r\n')[1]);
          t.done();
        });
    });
  },

  function repeatedResponseHeaders(t) {
    var server = t.server(function (req, res) {
      if (req.url === '/array-values') {
        res.setHeader('Set-Cookie', ['c=3', 'd=4']);
        res.setHeader('X-List', ['p', 'q']);
        res.end();
      } else {
        res.writeHead(200, [['X-Dup', '1'], ['X-Dup', '2'], ['Location', '/a'], ['Location', '/b']]);
        res.end();
      }
    });
    t.listen(server, function (port) {
      t.get({ port: port, path: '/array-values' }, function (res) {
        assert.deepEqual(res.headers['set-cookie'], ['c=3', 'd=4']);
        assert.strictEqual(res.headers['x-list'], 'p, q');
        res.resume();
        t.get({ port: port, path: '/pairs' }, function (res2) {
          assert.strictEqual(res2.headers['x-dup'], '1, 2');
          assert.strictEqual(res2.headers.location, '/a');
          var raw = res2.rawHeaders;
          assert.deepEqual(raw.slice(0, 8), ['X-Dup', '1', 'X-Dup', '2', 'Location', '/a', 'Location', '/b']);
          res2.resume();
          res2.on('end', t.cb(function () {
            t.log('repeated response headers: set-cookie array, x-dup joined, location first');
            t.done();
          }));
        });
      });
    });
  },

  function setGetRemove(t) {
    var server = t.server(function (req, res) {
      assert.strictEqual(res.getHeader('x-none'), undefined);
      res.setHeader('X-Case', 'one');
      assert.strictEqual(res.getHeader('x-case'), 'one');
      assert.strictEqual(res.getHeader('X-CASE'), 'one');
      res.setHeader('x-case', 'two'); // replaces, and renames
      res.setHeader('X-Gone', 'soon');
      res.removeHeader('x-gone');
      assert.strictEqual(res.getHeader('X-Gone'), undefined);
      assert.throws(function () { res.setHeader('X-Only-Name'); }, /`name` and `value` are required/);
      if (req.url === '/nodate') res.removeHeader('Date');
      if (req.url === '/senddate-off') res.sendDate = false;
      res.setHeader('X-Split', 'a\r\nInjected: yes');
      res.writeHead(200, { 'X-Late': 'given', 'X-CASE': 'three' });
      assert.throws(function () { res.setHeader('X-After', '1'); }, /Can't set headers after they are sent\./);
      assert.throws(function () { res.removeHeader('X-Case'); }, /Can't remove headers after they are sent\./);
      res.end();
    });
    t.listen(server, function (port) {
      var results = [];
      function check(path, next) {
        t.get({ port: port, path: path }, function (res) {
          assert.strictEqual(res.headers['x-late'], 'given');
          assert.strictEqual(res.headers['x-gone'], undefined);
          assert.strictEqual(res.headers['x-split'], 'aInjected: yes');
          assert.strictEqual(res.headers.injected, undefined);
          assert.strictEqual(res.headers['x-case'], 'three');
          assert.notStrictEqual(res.rawHeaders.indexOf('X-CASE'), -1);
          results.push(path + ' date:' + (res.headers.date !== undefined));
          res.resume();
          res.on('end', t.cb(next));
        });
      }
      check('/', function () {
        check('/nodate', function () {
          check('/senddate-off', function () {
            t.log('setHeader/getHeader/removeHeader: ' + results.join(' '));
            t.done();
          });
        });
      });
    });
  },

  function maxHeadersCount(t) {
    var server = t.server(function (req, res) {
      assert.deepEqual(Object.keys(req.headers), ['a', 'b', 'c']);
      assert.deepEqual(req.rawHeaders, ['A', '1', 'B', '2', 'C', '3']);
      res.end('counted');
    });
    server.maxHeadersCount = 3;
    t.listen(server, function (port) {
      h.rawExchange(t, port, 'GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nConnection: close\r\n\r\n',
        function (got) {
          assert.ok(/counted/.test(got));
          t.log('maxHeadersCount 3: only the first three kept');
          t.done();
        });
    });
  },

  function clientHeaders(t) {
    // The client's own headers: Host with the port, auth, a header array.
    var seen = [];
    var server = t.server(function (req, res) {
      seen.push(req.headers.host + ' ' + (req.headers.authorization || '-') + ' ' +
        (req.headers['x-arr'] || '-'));
      res.end();
    });
    t.listen(server, function (port) {
      t.get({ port: port, hostname: '127.0.0.1', auth: 'user:pass' }, function (res) {
        res.resume();
        var req2 = t.request({ port: port, headers: [['Host', 'example'], ['X-Arr', '1'], ['X-Arr', '2']] },
          function (res2) {
            res2.resume();
            res2.on('end', t.cb(function () {
              assert.deepEqual(seen, ['127.0.0.1:' + port + ' Basic dXNlcjpwYXNz -', 'example - 1, 2']);
              t.log('client headers: host with port, basic auth, header arrays');
              t.done();
            }));
          });
        assert.throws(function () { req2.setHeader('X-Too-Late', 'x'); }, /Can't set headers/);
        req2.end();
      });
    });
  }
]);

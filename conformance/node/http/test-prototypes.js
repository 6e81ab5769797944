// What frameworks (express) rely on: IncomingMessage and ServerResponse are
// exported, prototype-based classes that can be extended, and a request
// and response can be given another prototype deriving from them; a
// createServer handler can be any function (express's app), and listen()
// returns the server.
'use strict';
var assert = require('assert');
var http = require('http');
var h = require('./h-helpers');

http.IncomingMessage.prototype.wantsJson = function () {
  return /json/.test(this.headers.accept || '');
};
http.ServerResponse.prototype.sendJson = function (obj) {
  var body = JSON.stringify(obj);
  this.setHeader('Content-Type', 'application/json');
  this.setHeader('Content-Length', Buffer.byteLength(body));
  this.end(body);
};

// Like express: per-app prototypes derived from Node's.
var appRequest = Object.create(http.IncomingMessage.prototype);
appRequest.path = function () { return this.url.split('?')[0]; };
var appResponse = Object.create(http.ServerResponse.prototype);
appResponse.status = function (code) {
  this.statusCode = code;
  return this;
};

function app(req, res) {
  Object.setPrototypeOf(req, appRequest);
  Object.setPrototypeOf(res, appResponse);
  assert.ok(req instanceof http.IncomingMessage);
  assert.ok(res instanceof http.ServerResponse);
  res.status(req.wantsJson() ? 201 : 406).sendJson({ path: req.path(), method: req.method });
}

h.run([
  function extendedPrototypes(t) {
    var server = t.server(app);
    var ret = server.listen(0, '127.0.0.1', t.cb(function () {
      var port = server.address().port;
      t.get({ port: port, path: '/users/7?x=1', headers: { Accept: 'application/json' } }, function (res) {
        assert.strictEqual(res.statusCode, 201);
        assert.strictEqual(res.headers['content-type'], 'application/json');
        assert.strictEqual(res.headers['content-length'], '34');
        assert.strictEqual(res.headers['transfer-encoding'], undefined);
        assert.strictEqual(res.headers.connection, 'close');
        t.body(res, function (body) {
          assert.deepEqual(JSON.parse(body), { path: '/users/7', method: 'GET' });
          t.log('extended prototypes answered: ' + body);
          t.done();
        });
      });
    }));
    assert.strictEqual(ret, server);
  }
]);

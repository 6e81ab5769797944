'use strict';
// url as documented for Node v0.12 (the legacy parser): parse, format,
// resolve, resolveObject, with v0.12's quirks (lowercased protocol and host,
// auto-escaped characters, IDNA host names through punycode, '\' before the
// query turned into '/').

var punycode = require('punycode');
var querystring = require('querystring');

exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
exports.Url = Url;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var PROTOCOL = /^([a-z0-9.+-]+:)/i;
var PORT = /:[0-9]*$/;

// Characters that are escaped wherever they appear.
var DELIMS = ['<', '>', '"', '`', ' ', '\r', '\n', '\t'];
var UNWISE = ['{', '}', '|', '\\', '^', '`'].concat(DELIMS);
var AUTO_ESCAPE = ['\''].concat(UNWISE);
// Characters that end a host name.
var NON_HOST = ['%', '/', '?', ';', '#'].concat(AUTO_ESCAPE);
var HOST_ENDING = ['/', '?', '#'];
var HOSTNAME_MAX = 255;
var HOST_PART = /^[a-z0-9A-Z_-]{0,63}$/;
var HOST_PART_START = /^([a-z0-9A-Z_-]{0,63})(.*)$/;

function set(names) {
  var o = Object.create(null);
  names.forEach(function (n) { o[n] = true; o[n + ':'] = true; });
  return o;
}
var UNSAFE_PROTOCOL = set(['javascript']);
var HOSTLESS_PROTOCOL = set(['javascript']);
var SLASHED_PROTOCOL = set(['http', 'https', 'ftp', 'gopher', 'file']);

function isObject(v) {
  return typeof v === 'object' && v !== null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url && isObject(url) && url instanceof Url) return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// The first position in `s` of any of `chars`, or -1.
function firstOf(s, chars) {
  var end = -1;
  for (var i = 0; i < chars.length; i++) {
    var at = s.indexOf(chars[i]);
    if (at !== -1 && (end === -1 || at < end)) end = at;
  }
  return end;
}

Url.prototype.parse = function (url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    throw new TypeError("Parameter 'url' must be a string, not " + typeof url);
  }

  // Backslashes before the query (or hash) count as slashes.
  var queryIndex = url.indexOf('?');
  var splitter = (queryIndex !== -1 && queryIndex < url.indexOf('#')) ? '?' : '#';
  var pieces = url.split(splitter);
  pieces[0] = pieces[0].replace(/\\/g, '/');
  url = pieces.join(splitter);

  var rest = url.trim();

  var proto = PROTOCOL.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.substr(proto.length);
  }

  // "//host/path" (and "user@host" after "//") names a host; so does
  // anything after a protocol.
  var slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@\/]+@[^@\/]+/.test(rest)) {
    slashes = rest.substr(0, 2) === '//';
    if (slashes && !(proto && HOSTLESS_PROTOCOL[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS_PROTOCOL[proto] && (slashes || (proto && !SLASHED_PROTOCOL[proto]))) {
    // The auth part ends at the last '@' before the first host-ending char.
    var hostEnd = firstOf(rest, HOST_ENDING);
    var atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }

    hostEnd = firstOf(rest, NON_HOST);
    if (hostEnd === -1) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);

    this.parseHost();
    this.hostname = this.hostname || '';

    var hostname = this.hostname;
    var ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';

    if (!ipv6) {
      // Cut the host name at the first label that cannot be one; the rest
      // goes back to the path.
      var labels = hostname.split(/\./);
      for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (!label || HOST_PART.test(label)) continue;
        var ascii = '';
        for (var j = 0; j < label.length; j++) {
          ascii += label.charCodeAt(j) > 127 ? 'x' : label[j];
        }
        if (HOST_PART.test(ascii)) continue;
        var valid = labels.slice(0, i);
        var notHost = labels.slice(i + 1);
        var bit = HOST_PART_START.exec(label);
        if (bit) {
          valid.push(bit[1]);
          notHost.unshift(bit[2]);
        }
        if (notHost.length) rest = '/' + notHost.join('.') + rest;
        this.hostname = valid.join('.');
        break;
      }
    }

    if (this.hostname.length > HOSTNAME_MAX) {
      this.hostname = '';
    } else {
      this.hostname = this.hostname.toLowerCase();
    }

    if (!ipv6) this.hostname = punycode.toASCII(this.hostname);

    var p = this.port ? ':' + this.port : '';
    this.host = (this.hostname || '') + p;

    if (ipv6) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!UNSAFE_PROTOCOL[lowerProto]) {
    for (var a = 0; a < AUTO_ESCAPE.length; a++) {
      var ch = AUTO_ESCAPE[a];
      if (rest.indexOf(ch) === -1) continue;
      var esc = encodeURIComponent(ch);
      if (esc === ch) esc = escape(ch);
      rest = rest.split(ch).join(esc);
    }
  }

  var hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  var qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.substr(qm);
    this.query = rest.substr(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = '';
    this.query = {};
  }
  if (rest) this.pathname = rest;
  if (SLASHED_PROTOCOL[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function () {
  var host = this.host;
  var port = PORT.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.substr(1);
    host = host.substr(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function urlFormat(obj) {
  if (typeof obj === 'string') obj = urlParse(obj);
  if (!(obj instanceof Url)) return Url.prototype.format.call(obj);
  return obj.format();
}

Url.prototype.format = function () {
  var auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  }
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = false;
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') === -1 ?
      this.hostname : '[' + this.hostname + ']');
    if (this.port) host += ':' + this.port;
  }

  if (this.query && isObject(this.query) && Object.keys(this.query).length) {
    query = querystring.stringify(this.query);
  }
  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.substr(-1) !== ':') protocol += ':';

  // Protocols that use slashes get them even if the object lacks `slashes`.
  if (this.slashes || ((!protocol || SLASHED_PROTOCOL[protocol]) && host !== false)) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }

  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;

  pathname = pathname.replace(/[?#]/g, function (m) {
    return encodeURIComponent(m);
  });
  search = search.replace('#', '%23');

  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function (relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyInto(target, from, skip) {
  Object.keys(from).forEach(function (k) {
    if (k !== skip) target[k] = from[k];
  });
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') +
      (result.search ? result.search : '');
  }
}

// For non-slashed protocols (mailto:...) the "host" may sit in the path's
// first segment, with auth before an '@'.
function splitAuthFromHost(result) {
  var parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function (relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  var result = new Url();
  copyInto(result, this);
  result.hash = relative.hash;

  // Only a hash: keep everything else.
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (SLASHED_PROTOCOL[result.protocol] && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a non-slashed one (mailto:, javascript:) replaces
    // everything.
    if (!SLASHED_PROTOCOL[relative.protocol]) {
      copyInto(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !HOSTLESS_PROTOCOL[relative.protocol]) {
      var relParts = (relative.pathname || '').split('/');
      while (relParts.length && !(relative.host = relParts.shift())) { /* skip */ }
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relParts[0] !== '') relParts.unshift('');
      if (relParts.length < 2) relParts.unshift('');
      result.pathname = relParts.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var isSourceAbs = !!(result.pathname && result.pathname.charAt(0) === '/');
  var isRelAbs = !!(relative.host || (relative.pathname && relative.pathname.charAt(0) === '/'));
  var mustEndAbs = !!(isRelAbs || isSourceAbs || (result.host && relative.pathname));
  var removeAllDots = mustEndAbs;
  var srcPath = (result.pathname && result.pathname.split('/')) || [];
  var relPath = (relative.pathname && relative.pathname.split('/')) || [];
  var psychotic = result.protocol && !SLASHED_PROTOCOL[result.protocol];

  // Non-slashed protocols keep the host as the path's first segment while
  // the paths are merged.
  if (psychotic) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    result.host = (relative.host || relative.host === '') ? relative.host : result.host;
    result.hostname = (relative.hostname || relative.hostname === '') ?
      relative.hostname : result.hostname;
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the path.
    if (psychotic) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  var last = srcPath.slice(-1)[0];
  var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Remove '.' and '..' segments.
  var up = 0;
  for (var i = srcPath.length; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    for (; up--; up) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').substr(-1) !== '/') srcPath.push('');

  var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (psychotic) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

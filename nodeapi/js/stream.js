'use strict';
// stream as documented for Node v0.12: the legacy Stream base class (with its
// streams1 pipe()), which is also the module's export, and the streams2/3
// classes Readable, Writable, Duplex, Transform and PassThrough
// (nodeapi/js/internal/stream/). All asynchrony goes through process.nextTick.
//
// Differences from Node v0.12: none intended. As in v0.12, the constructors
// take no read/write/transform functions in their options (that came later).

var Stream = require('internal/stream/legacy');
module.exports = Stream;

Stream.Stream = Stream;
Stream.Readable = require('internal/stream/readable');
Stream.Writable = require('internal/stream/writable');
Stream.Duplex = require('internal/stream/duplex');
Stream.Transform = require('internal/stream/transform');
Stream.PassThrough = require('internal/stream/passthrough');

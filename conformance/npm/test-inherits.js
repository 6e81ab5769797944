var assert = require('assert');
var inherits = require('inherits');
var EventEmitter = require('events').EventEmitter;
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); EventEmitter.call(this); }
inherits(Dog, Animal);
Dog.prototype.bark = function () { this.emit && this.emit('bark'); return this.name + ' barks'; };
var d = new Dog('Rex');
assert.ok(d instanceof Dog);
assert.ok(d instanceof Animal);
assert.strictEqual(Dog.super_, Animal);
assert.strictEqual(d.speak(), 'Rex makes a sound');
assert.strictEqual(d.bark(), 'Rex barks');
assert.strictEqual(Dog.prototype.constructor, Dog);
console.log('inherits chain ok:', d.speak());
function Emitter() { EventEmitter.call(this); }
inherits(Emitter, EventEmitter);
var e = new Emitter(), got = 0;
e.on('x', function (v) { got += v; });
e.emit('x', 5);
assert.strictEqual(got, 5);
console.log('inherits from EventEmitter ok');

'use strict';
// freelist as in Node v0.12: a pool of at most `max` reusable objects.

function FreeList(name, max, constructor) {
  this.name = name;
  this.constructor = constructor;
  this.max = max;
  this.list = [];
}

FreeList.prototype.alloc = function alloc() {
  return this.list.length ? this.list.shift() :
    this.constructor.apply(this, arguments);
};

FreeList.prototype.free = function free(obj) {
  if (this.list.length < this.max) {
    this.list.push(obj);
    return true;
  }
  return false;
};

exports.FreeList = FreeList;

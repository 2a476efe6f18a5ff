/**
 * Maps (hidden classes): the attribute layout of instances of Python classes.
 * {@link org.ramjet.objects.layout.ObjectMap} is the map and its transition tree;
 * {@link org.ramjet.objects.layout.MappedObject} is the object side (map, four inline slots,
 * overflow array, and the {@code __dict__} view that reads and writes through the map until the
 * object devolves to a real dict). Compiled code guards on {@code obj.map()} identity and the
 * type's version, then reads {@code obj.slot(map.indexOf(name))}.
 */
package org.ramjet.objects.layout;

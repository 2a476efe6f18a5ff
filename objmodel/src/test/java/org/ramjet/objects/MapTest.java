package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;
import org.ramjet.objects.layout.MappedObject;
import org.ramjet.objects.layout.ObjectMap;

class MapTest {
    @Test
    void instancesBuiltAlikeShareMaps() {
        PyType a = cls("A");
        MappedObject o1 = (MappedObject) Calls.call(a);
        MappedObject o2 = (MappedObject) Calls.call(a);
        assertSame(o1.map(), o2.map());
        Attributes.setAttr(o1, "x", i(1));
        Attributes.setAttr(o1, "y", i(2));
        Attributes.setAttr(o2, "x", i(3));
        Attributes.setAttr(o2, "y", i(4));
        assertSame(o1.map(), o2.map());
        assertEquals(1, o1.map().indexOf("y"));
        assertSame(a, o1.map().type());
        MappedObject o3 = (MappedObject) Calls.call(a);
        Attributes.setAttr(o3, "y", i(5));
        Attributes.setAttr(o3, "x", i(6));
        assertNotSame(o1.map(), o3.map());
        assertEquals(0, o3.map().indexOf("y"));
        Attributes.setAttr(o1, "x", i(10)); // overwrite keeps the map
        assertSame(o2.map(), o1.map());
    }

    @Test
    void manyAttributesUseTheOverflowArray() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        for (int k = 0; k < 20; k++) {
            Attributes.setAttr(o, "a" + k, i(k));
        }
        for (int k = 0; k < 20; k++) {
            assertEquals(i(k), Attributes.getAttr(o, "a" + k));
        }
        assertFalse(o.isDevolved());
        for (int k = 20; k < ObjectMap.MAX_ATTRIBUTES + 5; k++) {
            Attributes.setAttr(o, "a" + k, i(k));
        }
        assertTrue(o.isDevolved());
        assertEquals(i(ObjectMap.MAX_ATTRIBUTES + 4), Attributes.getAttr(o, "a" + (ObjectMap.MAX_ATTRIBUTES + 4)));
        assertEquals(i(3), Attributes.getAttr(o, "a3"));
    }

    @Test
    void dictWritesThroughTheMap() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        Attributes.setAttr(o, "x", i(1));
        PyDict d = (PyDict) Attributes.getAttr(o, "__dict__");
        assertSame(d, Attributes.getAttr(o, "__dict__"));
        assertEquals("{'x': 1}", repr(d));
        d.putStr("y", i(2));
        assertEquals(i(2), Attributes.getAttr(o, "y"));
        Attributes.setAttr(o, "z", i(3));
        assertEquals("{'x': 1, 'y': 2, 'z': 3}", repr(d));
        assertEquals(3, d.size());
        assertFalse(o.isDevolved());
        MappedObject o2 = (MappedObject) Calls.call(a);
        Attributes.setAttr(o2, "x", i(1));
        Attributes.setAttr(o2, "y", i(1));
        Attributes.setAttr(o2, "z", i(1));
        assertSame(o.map(), o2.map(), "writes through __dict__ follow the same transitions");
    }

    @Test
    void nonStringKeyDevolvesToARealDict() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        Attributes.setAttr(o, "x", i(1));
        PyDict d = (PyDict) Attributes.getAttr(o, "__dict__");
        d.put(i(5), s("five"));
        assertTrue(o.isDevolved());
        assertTrue(o.map().isDevolved());
        assertSame(a, o.type());
        assertEquals("{'x': 1, 5: 'five'}", repr(d));
        assertEquals(i(1), Attributes.getAttr(o, "x"));
        Attributes.setAttr(o, "y", i(2));
        assertEquals("{'x': 1, 5: 'five', 'y': 2}", repr(d));
        assertSame(d, Attributes.getAttr(o, "__dict__"));
    }

    @Test
    void deletingTheNewestAttributeStepsBackDeletingOthersDevolves() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        Attributes.setAttr(o, "x", i(1));
        ObjectMap afterX = o.map();
        Attributes.setAttr(o, "y", i(2));
        Attributes.delAttr(o, "y");
        assertSame(afterX, o.map());
        Attributes.setAttr(o, "y", i(2));
        Attributes.delAttr(o, "x");
        assertTrue(o.isDevolved());
        assertEquals("{'y': 2}", repr(Attributes.getAttr(o, "__dict__")));
        raises(PyExc.AttributeError, "'A' object has no attribute 'x'", () -> Attributes.getAttr(o, "x"));
    }

    @Test
    void dictAssignmentAndVars() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        PyDict fresh = new PyDict();
        fresh.putStr("q", i(7));
        Attributes.setAttr(o, "__dict__", fresh);
        assertEquals(i(7), Attributes.getAttr(o, "q"));
        assertSame(fresh, Attributes.instanceDict(o));
    }

    @Test
    void dictViewIteratesAndDetectsChanges() {
        PyType a = cls("A");
        MappedObject o = (MappedObject) Calls.call(a);
        Attributes.setAttr(o, "x", i(1));
        Attributes.setAttr(o, "y", i(2));
        PyDict d = o.instanceDict();
        assertEquals("[('x', 1), ('y', 2)]", repr(new PyList(Iteration.toArray(Calls.callMethod(d, "items")))));
        PyObject it = Iteration.iter(d);
        Iteration.next(it);
        Attributes.setAttr(o, "z", i(3));
        raises(PyExc.RuntimeError, "dictionary changed size during iteration", () -> Iteration.next(it));
    }
}

package org.ramjet.objects;

/**
 * {@code object.__getstate__}/{@code __reduce__}/{@code __reduce_ex__} (copy and pickle support).
 * {@code __reduce_ex__} needs {@code copyreg.__newobj__}, which the stdlib registers through
 * {@link #setNewObj}; until then it raises NotImplementedError.
 */
public final class Reduce {
    private static volatile PyObject newObj;
    private static volatile PyObject reconstructor;

    private Reduce() {}

    /** Registers {@code copyreg.__newobj__} and {@code copyreg._reconstructor} (stdlib start-up). */
    public static void setNewObj(PyObject newobj, PyObject reconstruct) {
        newObj = newobj;
        reconstructor = reconstruct;
    }

    static PyObject getState(PyObject self) {
        PyDict d = Attributes.instanceDict(self);
        PyType t = self.type();
        if (t.memberCount() == 0) {
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }
        PyDict slots = new PyDict();
        org.ramjet.objects.layout.MappedObject st = Attributes.storageOf(self);
        for (int i = 0; i < t.memberNames.length; i++) {
            PyObject v = st.slot(i);
            if (v != null) {
                slots.putStr(t.memberNames[i], v);
            }
        }
        return PyTuple.of(d == null || d.size() == 0 ? PyNone.NONE : d, slots);
    }

    static PyObject reduce(PyObject self, int proto) {
        return reduceEx(self, PyInt.of(proto));
    }

    static PyObject reduceEx(PyObject self, PyObject protoObj) {
        long proto = Ints.asLong(Numbers.index(protoObj));
        PyObject override = self.type().lookup("__reduce__");
        PyObject objectReduce = ObjectType.TYPE.dict().getStr("__reduce__");
        if (override != null && override != objectReduce) {
            return Calls.callMethod(self, "__reduce__");
        }
        PyObject no = newObj;
        if (no == null || proto < 2) {
            throw PyErrors.notImplementedError("object.__reduce_ex__(%d) needs copyreg, which is not available yet", proto);
        }
        PyObject getnewargs = Attributes.lookupAttr(self, "__getnewargs__");
        PyObject[] args = getnewargs != null ? Iteration.toArray(Calls.call(getnewargs)) : new PyObject[0];
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self.type();
        System.arraycopy(args, 0, all, 1, args.length);
        PyObject state = Calls.callMethod(self, "__getstate__");
        PyObject listItems = self instanceof PyList ? Iteration.iter(self) : PyNone.NONE;
        PyObject dictItems = self instanceof PyDict ? Iteration.iter(Calls.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(no, PyTuple.of(all), state, listItems, dictItems);
    }
}

package org.ramjet.objects;

/**
 * Python {@code traceback}: one entry per frame an exception passed through, linked by
 * {@code tb_next} from the outermost to the innermost. {@code tb_frame} is the frame object
 * (a {@code PyFrame} from the interpreter; typed as PyObject so objmodel does not depend on
 * how frames are built).
 */
public final class PyTraceback extends PyObject {
    static final PyType TYPE = new TypeSpec("traceback", PyTraceback.class)
            .notSubclassable()
            .methods(m -> {
                m.getset("tb_next", (PyTraceback self) -> self.next == null ? PyNone.NONE : self.next,
                        (PyTraceback self, PyObject v) -> {
                            if (v == null) {
                                throw PyErrors.typeError("can't delete tb_next attribute");
                            }
                            if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                                throw PyErrors.typeError("expected traceback object or None, got '%s'", v.type().getName());
                            }
                            for (PyObject c = v; c instanceof PyTraceback; c = ((PyTraceback) c).next) {
                                if (c == self) {
                                    throw PyErrors.valueError("traceback loop detected");
                                }
                            }
                            self.next = v == PyNone.NONE ? null : (PyTraceback) v;
                        });
                m.getter("tb_frame", (PyTraceback self) -> self.frame == null ? PyNone.NONE : self.frame);
                m.getter("tb_lasti", (PyTraceback self) -> PyInt.of(self.lasti));
                m.getter("tb_lineno", (PyTraceback self) -> PyInt.of(self.lineno));
            })
            .build();

    public PyTraceback next;
    public final PyObject frame;
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyTraceback next, PyObject frame, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}

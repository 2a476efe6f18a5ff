package org.ramjet.objects;

import org.ramjet.bytecode.PyCode;

/**
 * Python {@code frame}: the state of one activation of a code object, shared by tiers 0 and 1
 * (tier 2 materializes one only when something looks). Everything an instruction needs lives
 * here at instruction boundaries, so a frame can be resumed (generators), entered by compiled
 * code at a loop header (OSR), or rebuilt by the deoptimizer.
 *
 * <p>Layout of {@link #slots}, as CPython's {@code localsplus}: {@code [0, nlocals)} the fast
 * locals ({@code co_varnames}), then one {@link PyCell} per cell variable and per free
 * variable ({@code co_cellvars} then {@code co_freevars}, so a CELL operand {@code i} is
 * {@code slots[nlocals + i]}), then the value stack from {@link #stackBase} up to {@link #sp}.
 * A {@code null} slot is an unbound local, or the NULL that {@code PUSH_NULL} pushes.
 */
public final class PyFrame extends PyObject {
    static final PyType TYPE = new TypeSpec("frame", PyFrame.class)
            .notSubclassable()
            .slots(t -> {
                t.repr = self -> PyStr.of(((PyFrame) self).repr());
                t.new_ = null;
            })
            .methods(m -> {
                m.getter("f_code", (PyFrame f) -> f.code);
                m.getter("f_globals", (PyFrame f) -> f.globals);
                m.getter("f_builtins", (PyFrame f) -> f.builtins);
                m.getter("f_locals", PyFrame::localsSnapshot);
                m.getter("f_back", (PyFrame f) -> f.back == null ? PyNone.NONE : f.back);
                m.getter("f_lineno", (PyFrame f) -> PyInt.of(f.lineno()));
                m.getter("f_lasti", (PyFrame f) -> PyInt.of(f.lasti()));
                m.getter("f_trace", (PyFrame f) -> PyNone.NONE);
            })
            .build();

    /** Not started yet (a generator before its first {@code next}). */
    public static final byte CREATED = 0;
    /** Suspended at a {@code yield}. */
    public static final byte SUSPENDED = 1;
    public static final byte EXECUTING = 2;
    /** Returned or raised: it never runs again. */
    public static final byte COMPLETED = 3;

    public final PyCode code;
    /** Fast locals, cells and free variables, then the value stack. */
    public final PyObject[] slots;
    /** Index in {@link #slots} of the bottom of the value stack. */
    public final int stackBase;
    /** Index in {@link #slots} of the first free stack entry (valid at suspension and unwinding). */
    public int sp;
    /** Bytecode index of the instruction executing (or, when suspended, the one to resume at). */
    public int bci;
    public final PyDict globals;
    /** The builtins namespace ({@code f_builtins}): a dict. */
    public final PyDict builtins;
    /** The locals mapping of module and class bodies and exec/eval (LOAD_NAME); null in functions. */
    public PyObject locals;
    /** The caller ({@code f_back}); set when the frame starts or resumes, cleared when it leaves. */
    public PyFrame back;
    /** The generator or coroutine running this frame, or null. */
    public PyObject generator;
    /** One of {@link #CREATED}, {@link #SUSPENDED}, {@link #EXECUTING}, {@link #COMPLETED}. */
    public byte state;
    /**
     * An exception to raise at the suspended {@code yield} when the frame resumes
     * ({@code generator.throw()}); consumed by the tier that resumes the frame.
     */
    public PyException thrownIn;

    /**
     * A frame whose variable part is {@code slots[0 .. code.nlocalsplus())}, already filled with
     * the bound arguments and cells; the stack part must be free.
     */
    public PyFrame(PyCode code, PyObject[] slots, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.slots = slots;
        this.stackBase = code.nlocalsplus();
        this.sp = stackBase;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    /** A slots array of the right size for {@code code}: variables then stack. */
    public static PyObject[] allocateSlots(PyCode code) {
        return new PyObject[code.nlocalsplus() + code.stacksize];
    }

    /** The current line ({@code f_lineno}), from the line table. */
    public int lineno() {
        if (code.instructions.length == 0) {
            return code.firstLineno;
        }
        int b = Math.min(Math.max(bci, 0), code.instructions.length - 1);
        int line = code.lineTable.line(b);
        return line >= 0 ? line : code.firstLineno;
    }

    /** {@code f_lasti}: CPython counts two bytes per instruction. */
    public int lasti() {
        return bci * 2;
    }

    /** The cell of CELL operand {@code i} (cell variables, then free variables). */
    public PyCell cell(int i) {
        return (PyCell) slots[code.varnames.length + i];
    }

    /**
     * {@code f_locals}: for module and class bodies the locals mapping itself; for functions a
     * fresh dict snapshot of the bound fast locals and the non-empty cells, as CPython's
     * {@code PyFrame_FastToLocals} builds it.
     */
    public PyObject localsSnapshot() {
        if (locals != null) {
            return locals;
        }
        PyDict d = new PyDict();
        String[] varnames = code.varnames;
        for (int i = 0; i < varnames.length; i++) {
            if (slots[i] != null) {
                d.putStr(varnames[i], slots[i]);
            }
        }
        int ncells = code.cellvars.length;
        for (int i = 0; i < ncells + code.freevars.length; i++) {
            PyObject cell = slots[varnames.length + i];
            if (cell instanceof PyCell) {
                PyObject v = ((PyCell) cell).value;
                if (v != null) {
                    String name = i < ncells ? code.cellvars[i] : code.freevars[i - ncells];
                    d.putStr(name, v);
                }
            }
        }
        return d;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    String repr() {
        return "<frame at " + Repr.address(this) + ", file '" + code.filename + "', line " + lineno()
                + ", code " + code.name + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}

package org.ramjet.interp;

import org.ramjet.bytecode.Instruction;
import org.ramjet.bytecode.Opcode;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;
import org.ramjet.runtime.ExcState;
import org.ramjet.runtime.ThreadState;

/**
 * Python {@code generator}: a suspended frame. Each resumption re-enters the frame through
 * {@link Interpreter#execute} (or the compiled code installed for it), which runs until the
 * next {@code yield} (the frame stays {@link PyFrame#SUSPENDED}, stack and bci kept in it) or
 * the end (the frame is {@link PyFrame#COMPLETED}).
 *
 * <p>While it runs, the generator's own handled-exception level is pushed on the thread's
 * chain, so {@code except} blocks inside it do not leak into its caller and vice versa.
 */
public final class PyGenerator extends PyObject {
    final PyFrame frame;
    String name;
    String qualname;
    boolean running;
    private final ExcState excState = new ExcState();

    PyGenerator(PyFrame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        return GeneratorType.TYPE;
    }

    public PyFrame frame() {
        return frame;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return frame.state == PyFrame.COMPLETED;
    }

    /**
     * Resumes with {@code value} sent in (or {@code thrown} raised at the yield). Returns the
     * next yielded value; when the generator returns instead, returns null and
     * {@link #returnValue} holds the result. Exceptions propagate, with PEP 479 applied.
     */
    PyObject resume(PyObject value, PyException thrown) {
        if (running) {
            throw Ops.valueError("generator already executing");
        }
        if (frame.state == PyFrame.COMPLETED) {
            if (thrown != null) {
                throw thrown;
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (frame.state == PyFrame.CREATED) {
            if (thrown != null) {
                // nothing ran yet: the exception leaves at once, from the def line
                frame.state = PyFrame.COMPLETED;
                ExceptionOps.addTraceback(thrown, frame, -1);
                throw thrown;
            }
            if (value != PyNone.NONE) {
                throw Ops.typeError("can't send non-None value to a just-started generator");
            }
        } else if (thrown == null) {
            frame.slots[frame.sp++] = value;  // the result of the yield expression
        }
        frame.thrownIn = thrown;
        ThreadState ts = ThreadState.current();
        excState.previous = ts.excState;
        ts.excState = excState;
        running = true;
        PyObject result;
        try {
            result = Interpreter.execute(frame);
        } catch (PyException e) {
            frame.state = PyFrame.COMPLETED;
            if (Ops.isStopIteration(e)) {
                PyException err = Ops.runtimeError("generator raised StopIteration");
                Ops.setCause(err.value, e.value);
                err.value.context = e.value;
                throw ExceptionOps.alreadyChained(err);
            }
            throw e;
        } finally {
            running = false;
            ts.excState = excState.previous;
            excState.previous = null;
        }
        if (frame.state == PyFrame.COMPLETED) {
            returnValue = result;
            return null;
        }
        return result;
    }

    /** The value of the last {@code return} (after {@link #resume} returned null). */
    PyObject returnValue;

    /** {@code __next__}: the next value, or null when exhausted with {@code return None}. */
    public PyObject next() {
        PyObject v = resume(PyNone.NONE, null);
        if (v == null) {
            PyObject r = returnValue;
            returnValue = null;
            if (r != PyNone.NONE) {
                throw Ops.stopIteration(r);
            }
        }
        return v;
    }

    /** {@code send(value)}: the next value; StopIteration(result) when the generator returns. */
    public PyObject send(PyObject value) {
        PyObject v = resume(value, null);
        if (v == null) {
            PyObject r = returnValue;
            returnValue = null;
            throw Ops.stopIteration(r);
        }
        return v;
    }

    /** The object this generator delegates to in a {@code yield from}, or null. */
    public PyObject yieldFrom() {
        if (frame.state != PyFrame.SUSPENDED || frame.bci < 2) {
            return null;
        }
        int[] code = frame.code.instructions;
        if (Instruction.opcode(code[frame.bci - 1]) == Opcode.YIELD_VALUE
                && Instruction.opcode(code[frame.bci - 2]) == Opcode.SEND) {
            return frame.slots[frame.sp - 1];
        }
        return null;
    }

    /** {@code throw(exc)}: raises {@code exc} at the suspended yield, delegating to a {@code yield from} target. */
    public PyObject throwException(PyBaseException exc) {
        PyObject delegate = yieldFrom();
        if (delegate != null) {
            PyObject v;
            if (Ops.isGeneratorExit(exc)) {
                running = true;
                try {
                    Generators.closeIterator(delegate);
                } catch (PyException e) {
                    running = false;
                    return finishResume(resume(PyNone.NONE, e));
                } finally {
                    running = false;
                }
                return finishResume(resume(PyNone.NONE, ExceptionOps.alreadyChained(new PyException(exc))));
            }
            running = true;
            try {
                v = Generators.throwInto(delegate, exc);
            } catch (PyException e) {
                running = false;
                if (Ops.isStopIteration(e)) {
                    // the delegate finished: continue after the yield from with its value
                    frame.sp--;
                    frame.slots[frame.sp] = null;
                    frame.bci = Instruction.arg(frame.code.instructions[frame.bci - 2]);
                    return finishResume(resume(Ops.stopIterationValue(e.value), null));
                }
                return finishResume(resume(PyNone.NONE, e));
            } finally {
                running = false;
            }
            return v;
        }
        return finishResume(resume(PyNone.NONE, ExceptionOps.alreadyChained(new PyException(exc))));
    }

    private PyObject finishResume(PyObject v) {
        if (v == null) {
            PyObject r = returnValue;
            returnValue = null;
            throw Ops.stopIteration(r);
        }
        return v;
    }

    /** {@code close()}: raises GeneratorExit inside; a yield in response is a RuntimeError. */
    public void close() {
        if (frame.state == PyFrame.COMPLETED) {
            return;
        }
        if (frame.state == PyFrame.CREATED) {
            frame.state = PyFrame.COMPLETED;
            return;
        }
        PyException thrown = null;
        PyObject delegate = yieldFrom();
        if (delegate != null) {
            running = true;
            try {
                Generators.closeIterator(delegate);
            } catch (PyException e) {
                thrown = e;
            } finally {
                running = false;
            }
        }
        if (thrown == null) {
            thrown = ExceptionOps.alreadyChained(new PyException(Ops.newGeneratorExit()));
        }
        PyObject v;
        try {
            v = resume(PyNone.NONE, thrown);
        } catch (PyException e) {
            if (Ops.isStopIteration(e) || Ops.isGeneratorExit(e.value)) {
                return;
            }
            throw e;
        }
        if (v != null) {
            throw Ops.runtimeError("generator ignored GeneratorExit");
        }
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    @Override
    public String toString() {
        return "<generator object " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}

package org.ramjet.interp.traceback;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTraceback;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;

/** {@link ExceptionAccess} over the real exception ({@link PyBaseException}) and traceback objects. */
public final class PyExceptionAccess implements ExceptionAccess {
    @Override
    public Object cause(Object exc) {
        return ((PyBaseException) exc).cause;
    }

    @Override
    public Object context(Object exc) {
        return ((PyBaseException) exc).context;
    }

    @Override
    public boolean suppressContext(Object exc) {
        return ((PyBaseException) exc).suppressContext;
    }

    @Override
    public Object traceback(Object exc) {
        return ((PyBaseException) exc).traceback;
    }

    @Override
    public boolean isGroup(Object exc) {
        return ((PyObject) exc).type().isSubtype(PyExc.BaseExceptionGroup);
    }

    @Override
    public List<Object> groupExceptions(Object group) {
        PyTuple t = (PyTuple) Attributes.getAttr((PyObject) group, "exceptions");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.get(i));
        }
        return out;
    }

    @Override
    public String typeModule(Object exc) {
        PyType t = ((PyObject) exc).type();
        return t.moduleName();
    }

    @Override
    public String typeQualname(Object exc) {
        return ((PyObject) exc).type().getQualname();
    }

    @Override
    public String str(Object exc) {
        return Repr.strString((PyObject) exc);
    }

    @Override
    public Notes notes(Object exc) {
        PyObject notes;
        try {
            notes = Attributes.lookupAttr((PyObject) exc, "__notes__");
        } catch (RuntimeException e) {
            return null;
        }
        if (notes == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (notes instanceof PyStr || !(notes.type().hasFlag(org.ramjet.objects.TypeFlags.SEQUENCE))) {
            lines.add(Repr.reprString(notes));
            return new Notes(lines);
        }
        for (PyObject note : org.ramjet.objects.Iteration.toArray(notes)) {
            lines.add(note instanceof PyStr ? ((PyStr) note).value : Repr.reprString(note));
        }
        return new Notes(lines);
    }

    @Override
    public SyntaxLocation syntaxLocation(Object exc) {
        PyObject e = (PyObject) exc;
        if (!e.type().isSubtype(PyExc.SyntaxError)) {
            return null;
        }
        PyObject filename = Attributes.lookupAttr(e, "filename");
        PyObject lineno = Attributes.lookupAttr(e, "lineno");
        PyObject offset = Attributes.lookupAttr(e, "offset");
        PyObject endOffset = Attributes.lookupAttr(e, "end_offset");
        PyObject text = Attributes.lookupAttr(e, "text");
        PyObject msg = Attributes.lookupAttr(e, "msg");
        PyObject endLineno = Attributes.lookupAttr(e, "end_lineno");
        if (!(lineno instanceof PyInt)) {
            return null;
        }
        return new SyntaxLocation(msg instanceof PyStr ? ((PyStr) msg).value : null,
                filename instanceof PyStr ? ((PyStr) filename).value : null,
                (int) ((PyInt) lineno).value,
                offset instanceof PyInt ? (int) ((PyInt) offset).value : 0,
                endLineno instanceof PyInt ? (int) ((PyInt) endLineno).value : 0,
                endOffset instanceof PyInt ? (int) ((PyInt) endOffset).value : 0,
                text instanceof PyStr ? ((PyStr) text).value : null);
    }

    @Override
    public Object tbNext(Object tb) {
        return ((PyTraceback) tb).next;
    }

    @Override
    public PyCode tbCode(Object tb) {
        return ((org.ramjet.objects.PyFrame) ((PyTraceback) tb).frame).code;
    }

    @Override
    public int tbLineno(Object tb) {
        return ((PyTraceback) tb).lineno;
    }

    @Override
    public int tbBci(Object tb) {
        int lasti = ((PyTraceback) tb).lasti;
        return lasti >= 0 ? lasti / 2 : -1;
    }
}

package org.ramjet.objects;

import java.util.function.Function;

/**
 * The builtin exception classes of Python 3.11, by their Python names ({@code PyExc.TypeError}),
 * and the definer of {@code BaseException}'s slots and methods. Raise them through
 * {@link PyErrors}. Classes with extra fields use their own Java class
 * ({@link PyOSError}, {@link PySyntaxError}, ...); a Python subclass inherits its base's.
 */
public final class PyExc {
    private PyExc() {}

    private static PyType exc(String name, PyType base) {
        return new TypeSpec(name, PyBaseException.class).base(base).flags(TypeFlags.HAS_DICT).build();
    }

    /** An exception class whose instances are a different Java class. */
    private static PyType exc(String name, PyType base, Class<? extends PyBaseException> cls,
                              Function<PyType, PyBaseException> factory, java.util.function.Consumer<MethodTable> methods) {
        return new TypeSpec(name, cls).base(base).flags(TypeFlags.HAS_DICT)
                .slots(t -> t.new_ = newWith(factory))
                .methods(methods)
                .build();
    }

    static Slot.New newWith(Function<PyType, PyBaseException> factory) {
        return (type, a, off, npos, kw) -> {
            PyBaseException e = factory.apply(type);
            e.args = Calls.argsTuple(a, off, npos);
            e.initFields(a, off, npos, e.acceptsKeywords() ? kw : null);
            return e;
        };
    }

    public static final PyType BaseException = new TypeSpec("BaseException", PyBaseException.class)
            .flags(TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.HAS_DICT)
            .slots(ExceptionMethods::slots)
            .methods(ExceptionMethods::methods)
            .build();
    public static final PyType Exception = exc("Exception", BaseException);
    public static final PyType GeneratorExit = exc("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = exc("SystemExit", BaseException, PySystemExit.class, PySystemExit::new,
            m -> m.member("code", (PySystemExit e) -> e.code, (PySystemExit e, PyObject v) -> e.code = orNone(v)));
    public static final PyType BaseExceptionGroup = ExceptionGroups.baseType();
    public static final PyType ArithmeticError = exc("ArithmeticError", Exception);
    public static final PyType FloatingPointError = exc("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = exc("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = exc("AssertionError", Exception);
    public static final PyType AttributeError = exc("AttributeError", Exception, PyAttributeError.class,
            t -> new PyAttributeError(t, true), m -> {
                m.member("name", (PyAttributeError e) -> e.name, (PyAttributeError e, PyObject v) -> e.name = orNone(v));
                m.member("obj", (PyAttributeError e) -> e.obj, (PyAttributeError e, PyObject v) -> e.obj = orNone(v));
            });
    public static final PyType BufferError = exc("BufferError", Exception);
    public static final PyType EOFError = exc("EOFError", Exception);
    public static final PyType ExceptionGroup = ExceptionGroups.exceptionGroupType();
    public static final PyType ImportError = exc("ImportError", Exception, PyImportError.class, PyImportError::new, m -> {
        m.member("msg", (PyImportError e) -> e.msg, (PyImportError e, PyObject v) -> e.msg = orNone(v));
        m.member("name", (PyImportError e) -> e.name, (PyImportError e, PyObject v) -> e.name = orNone(v));
        m.member("path", (PyImportError e) -> e.path, (PyImportError e, PyObject v) -> e.path = orNone(v));
    });
    public static final PyType ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = exc("LookupError", Exception);
    public static final PyType IndexError = exc("IndexError", LookupError);
    public static final PyType KeyError = exc("KeyError", LookupError);
    public static final PyType MemoryError = exc("MemoryError", Exception);
    public static final PyType NameError = exc("NameError", Exception, PyAttributeError.class,
            t -> new PyAttributeError(t, false),
            m -> m.member("name", (PyAttributeError e) -> e.name, (PyAttributeError e, PyObject v) -> e.name = orNone(v)));
    public static final PyType UnboundLocalError = exc("UnboundLocalError", NameError);
    public static final PyType OSError = new TypeSpec("OSError", PyOSError.class).base(Exception)
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> t.new_ = ExceptionMethods::newOSError)
            .methods(m -> {
                m.member("errno", (PyOSError e) -> e.errno, (PyOSError e, PyObject v) -> e.errno = orNone(v));
                m.member("strerror", (PyOSError e) -> e.strerror, (PyOSError e, PyObject v) -> e.strerror = orNone(v));
                m.member("filename", (PyOSError e) -> e.filename, (PyOSError e, PyObject v) -> e.filename = orNone(v));
                m.member("filename2", (PyOSError e) -> e.filename2, (PyOSError e, PyObject v) -> e.filename2 = orNone(v));
            })
            .build();
    public static final PyType BlockingIOError = exc("BlockingIOError", OSError);
    public static final PyType ChildProcessError = exc("ChildProcessError", OSError);
    public static final PyType ConnectionError = exc("ConnectionError", OSError);
    public static final PyType BrokenPipeError = exc("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = exc("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = exc("FileExistsError", OSError);
    public static final PyType FileNotFoundError = exc("FileNotFoundError", OSError);
    public static final PyType InterruptedError = exc("InterruptedError", OSError);
    public static final PyType IsADirectoryError = exc("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = exc("NotADirectoryError", OSError);
    public static final PyType PermissionError = exc("PermissionError", OSError);
    public static final PyType ProcessLookupError = exc("ProcessLookupError", OSError);
    public static final PyType TimeoutError = exc("TimeoutError", OSError);
    public static final PyType ReferenceError = exc("ReferenceError", Exception);
    public static final PyType RuntimeError = exc("RuntimeError", Exception);
    public static final PyType NotImplementedError = exc("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = exc("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = exc("StopAsyncIteration", Exception, PyStopIteration.class,
            PyStopIteration::new, m -> { });
    public static final PyType StopIteration = exc("StopIteration", Exception, PyStopIteration.class,
            PyStopIteration::new,
            m -> m.member("value", (PyStopIteration e) -> e.value, (PyStopIteration e, PyObject v) -> e.value = orNone(v)));
    public static final PyType SyntaxError = exc("SyntaxError", Exception, PySyntaxError.class, PySyntaxError::new, m -> {
        m.member("msg", (PySyntaxError e) -> e.msg, (PySyntaxError e, PyObject v) -> e.msg = orNone(v));
        m.member("filename", (PySyntaxError e) -> e.filename, (PySyntaxError e, PyObject v) -> e.filename = orNone(v));
        m.member("lineno", (PySyntaxError e) -> e.lineno, (PySyntaxError e, PyObject v) -> e.lineno = orNone(v));
        m.member("offset", (PySyntaxError e) -> e.offset, (PySyntaxError e, PyObject v) -> e.offset = orNone(v));
        m.member("text", (PySyntaxError e) -> e.text, (PySyntaxError e, PyObject v) -> e.text = orNone(v));
        m.member("end_lineno", (PySyntaxError e) -> e.endLineno, (PySyntaxError e, PyObject v) -> e.endLineno = orNone(v));
        m.member("end_offset", (PySyntaxError e) -> e.endOffset, (PySyntaxError e, PyObject v) -> e.endOffset = orNone(v));
        m.member("print_file_and_line", (PySyntaxError e) -> e.printFileAndLine,
                (PySyntaxError e, PyObject v) -> e.printFileAndLine = orNone(v));
    });
    public static final PyType IndentationError = exc("IndentationError", SyntaxError);
    public static final PyType TabError = exc("TabError", IndentationError);
    public static final PyType SystemError = exc("SystemError", Exception);
    public static final PyType TypeError = exc("TypeError", Exception);
    public static final PyType ValueError = exc("ValueError", Exception);
    public static final PyType UnicodeError = exc("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = unicodeError("UnicodeDecodeError");
    public static final PyType UnicodeEncodeError = unicodeError("UnicodeEncodeError");
    public static final PyType UnicodeTranslateError = unicodeError("UnicodeTranslateError");
    public static final PyType Warning = exc("Warning", Exception);
    public static final PyType BytesWarning = exc("BytesWarning", Warning);
    public static final PyType DeprecationWarning = exc("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = exc("EncodingWarning", Warning);
    public static final PyType FutureWarning = exc("FutureWarning", Warning);
    public static final PyType ImportWarning = exc("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = exc("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = exc("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = exc("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = exc("UnicodeWarning", Warning);
    public static final PyType UserWarning = exc("UserWarning", Warning);

    private static PyType unicodeError(String name) {
        return exc(name, UnicodeError, PyUnicodeError.class, PyUnicodeError::new, m -> {
            m.member("encoding", (PyUnicodeError e) -> e.encoding, (PyUnicodeError e, PyObject v) -> e.encoding = orNone(v));
            m.member("object", (PyUnicodeError e) -> e.object, (PyUnicodeError e, PyObject v) -> e.object = orNone(v));
            m.member("start", (PyUnicodeError e) -> e.start, (PyUnicodeError e, PyObject v) -> e.start = orNone(v));
            m.member("end", (PyUnicodeError e) -> e.end, (PyUnicodeError e, PyObject v) -> e.end = orNone(v));
            m.member("reason", (PyUnicodeError e) -> e.reason, (PyUnicodeError e, PyObject v) -> e.reason = orNone(v));
        });
    }

    static PyObject orNone(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    /** All builtin exception classes, for the {@code builtins} module. */
    public static PyType[] all() {
        return new PyType[] {
            BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup,
            ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
            AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError,
            LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
            BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
            InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
            TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
            StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError,
            TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
            UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
            FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning,
            SyntaxWarning, UnicodeWarning, UserWarning,
        };
    }
}

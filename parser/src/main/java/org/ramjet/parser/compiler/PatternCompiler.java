package org.ramjet.parser.compiler;

import static org.ramjet.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.Opcode;
import org.ramjet.objects.*;
import org.ramjet.parser.ast.*;

/**
 * Compiles {@code match} statements as CPython 3.11 does: each case's pattern runs against a
 * copy of the subject, captured values pile up on the stack and are stored only once the whole
 * pattern matched; on failure, a chain of "fail-pop" labels pops exactly what is on the stack.
 */
final class PatternCompiler {
    private final CodeGenerator g;

    /** Per-pattern state (CPython's {@code pattern_context}). */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        int[] failPop = new int[0];
        int onTop;
    }

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    private CodeUnit u() {
        return g.u;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs && ((Pattern.MatchAs) p).pattern == null
                && ((Pattern.MatchAs) p).name == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar && ((Pattern.MatchStar) p).name == null;
    }

    void match(Stmt.Match s) {
        g.expr(s.subject);
        int end = u().newLabel();
        int cases = s.cases.size();
        MatchCase last = s.cases.get(cases - 1);
        boolean hasDefault = isWildcard(last.pattern) && cases > 1;
        Context pc = new Context();
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
            MatchCase m = s.cases.get(i);
            u().setLoc(m.pattern);
            boolean copy = i != cases - (hasDefault ? 1 : 0) - 1;
            if (copy) {
                g.emit(COPY, 1);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = new int[0];
            pc.onTop = 0;
            pattern(m.pattern, pc);
            for (String name : pc.stores) {
                g.nameOp(name, ExprContext.Store);
            }
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(m.guard, pc.failPop[0], false);
            }
            if (copy) {
                g.emit(POP_TOP);
            }
            g.stmts(m.body);
            u().jump(end);
            u().setLoc(m.pattern);
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            u().setLoc(last.pattern);
            if (cases == 1) {
                g.emit(POP_TOP);
            } else {
                g.emit(NOP);
            }
            if (last.guard != null) {
                g.jumpIf(last.guard, end, false);
            }
            g.stmts(last.body);
        }
        u().bind(end);
    }

    // ---- fail-pop blocks ----

    private void ensureFailPop(Context pc, int n) {
        int size = n + 1;
        if (size <= pc.failPop.length) {
            return;
        }
        int old = pc.failPop.length;
        pc.failPop = java.util.Arrays.copyOf(pc.failPop, size);
        for (int i = old; i < size; i++) {
            pc.failPop[i] = u().newLabel();
        }
    }

    private void jumpToFailPop(Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        if (op == null) {
            u().jump(pc.failPop[pops]);
        } else {
            u().emitJump(op, pc.failPop[pops]);
        }
    }

    private void emitAndResetFailPop(Context pc) {
        if (pc.failPop.length == 0) {
            return;
        }
        for (int i = pc.failPop.length - 1; i > 0; i--) {
            u().bind(pc.failPop[i]);
            g.emit(POP_TOP);
        }
        u().bind(pc.failPop[0]);
        pc.failPop = new int[0];
    }

    // ---- helpers ----

    private void rotate(int count) {
        while (count > 1) {
            g.emit(SWAP, count--);
        }
    }

    private void storeName(String name, Context pc) {
        if (name == null) {
            g.emit(POP_TOP);
            return;
        }
        if (name.equals("__debug__")) {
            throw g.error("cannot assign to __debug__");
        }
        if (pc.stores.contains(name)) {
            throw g.error("multiple assignments to name '" + name + "' in pattern");
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Context pc) {
        u().setLoc(p);
        if (p instanceof Pattern.MatchValue) {
            value((Pattern.MatchValue) p, pc);
        } else if (p instanceof Pattern.MatchSingleton) {
            g.loadConst(((Pattern.MatchSingleton) p).value);
            g.emit(IS_OP, 0);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence) {
            sequence((Pattern.MatchSequence) p, pc);
        } else if (p instanceof Pattern.MatchMapping) {
            mapping((Pattern.MatchMapping) p, pc);
        } else if (p instanceof Pattern.MatchClass) {
            classPattern((Pattern.MatchClass) p, pc);
        } else if (p instanceof Pattern.MatchStar) {
            storeName(((Pattern.MatchStar) p).name, pc);
        } else if (p instanceof Pattern.MatchAs) {
            as((Pattern.MatchAs) p, pc);
        } else {
            or((Pattern.MatchOr) p, pc);
        }
    }

    private void value(Pattern.MatchValue p, Context pc) {
        PyObject constant = g.folder.fold(p.value);
        if (constant != null) {
            g.loadConst(constant);
        } else if (p.value instanceof Expr.Attribute) {
            g.expr(p.value);
        } else {
            throw g.error("patterns may only match literals and attribute lookups");
        }
        g.emit(COMPARE_OP, CompareOp.EQ.ordinal());
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }

    private void as(Pattern.MatchAs p, Context pc) {
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) {
                    throw g.error("name capture '" + p.name + "' makes remaining patterns unreachable");
                }
                throw g.error("wildcard makes remaining patterns unreachable");
            }
            storeName(p.name, pc);
            return;
        }
        pc.onTop++;
        g.emit(COPY, 1);
        pattern(p.pattern, pc);
        pc.onTop--;
        storeName(p.name, pc);
    }

    private void sequence(Pattern.MatchSequence p, Context pc) {
        List<Pattern> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw g.error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        g.emit(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.emit(GET_LEN);
            g.loadConst(PyInt.of(size));
            g.emit(COMPARE_OP, CompareOp.EQ.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else {
            g.emit(GET_LEN);
            g.loadConst(PyInt.of(size - 1));
            g.emit(COMPARE_OP, CompareOp.GE.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.emit(POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, pc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Context pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw g.error("too many expressions in star-unpacking sequence pattern");
                }
                g.emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            g.emit(UNPACK_SEQUENCE, n);
        }
        pc.onTop += n;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) {
                continue;
            }
            g.emit(COPY, 1);
            if (i < star) {
                g.loadConst(PyInt.of(i));
            } else {
                g.emit(GET_LEN);
                g.loadConst(PyInt.of(size - i));
                g.emit(BINARY_OP, BinaryOp.SUBTRACT.ordinal());
            }
            g.emit(BINARY_SUBSCR);
            subpattern(q, pc);
        }
        pc.onTop--;
        g.emit(POP_TOP);
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        List<Expr> keys = p.keys;
        int size = keys.size();
        String star = p.rest;
        pc.onTop++;
        g.emit(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            g.emit(POP_TOP);
            return;
        }
        if (size > 0) {
            g.emit(GET_LEN);
            g.loadConst(PyInt.of(size));
            g.emit(COMPARE_OP, CompareOp.GE.ordinal());
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        List<Object> seen = new ArrayList<>();
        PyObject[] constKeys = new PyObject[size];
        boolean allConst = true;
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            PyObject c = g.folder.fold(key);
            if (c != null) {
                Object k = equalityKey(c);
                if (seen.contains(k)) {
                    throw g.error("mapping pattern checks duplicate key (" + Repr.reprString(c) + ")");
                }
                seen.add(k);
                constKeys[i] = c;
            } else if (!(key instanceof Expr.Attribute)) {
                throw g.error("mapping pattern keys may only match literals and attribute lookups");
            } else {
                allConst = false;
            }
        }
        if (allConst) {
            g.loadConst(PyTuple.of(constKeys));
        } else {
            for (int i = 0; i < size; i++) {
                if (constKeys[i] != null) {
                    g.loadConst(constKeys[i]);
                } else {
                    g.expr(keys.get(i));
                }
            }
            g.emit(BUILD_TUPLE, size);
        }
        g.emit(MATCH_KEYS);
        pc.onTop += 2;
        g.emit(COPY, 1);
        jumpToFailPop(pc, POP_JUMP_IF_NONE);
        g.emit(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            subpattern(p.patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            g.emit(BUILD_MAP, 0);
            g.emit(SWAP, 3);
            g.emit(DICT_UPDATE, 2);
            g.emit(UNPACK_SEQUENCE, size);
            int n = size;
            while (n > 0) {
                g.emit(COPY, 1 + n--);
                g.emit(SWAP, 2);
                g.emit(DELETE_SUBSCR);
            }
            storeName(star, pc);
        } else {
            g.emit(POP_TOP);
            g.emit(POP_TOP);
        }
    }

    /** Python equality of constant keys: 1, 1.0 and True are the same key. */
    private static Object equalityKey(PyObject c) {
        if (c instanceof PyBool) {
            return java.math.BigDecimal.valueOf(((PyBool) c).value ? 1 : 0);
        } else if (c instanceof PyInt) {
            return java.math.BigDecimal.valueOf(((PyInt) c).value);
        } else if (c instanceof PyBigInt) {
            return new java.math.BigDecimal(((PyBigInt) c).value);
        } else if (c instanceof PyFloat) {
            double d = ((PyFloat) c).value;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().compareTo(java.math.BigDecimal.ZERO) == 0
                    ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(d).stripTrailingZeros();
        } else if (c instanceof PyStr) {
            return "s" + ((PyStr) c).value;
        } else if (c instanceof PyBytes) {
            return java.util.Arrays.toString(((PyBytes) c).toByteArray());
        }
        return new ConstKey(c);
    }

    private void classPattern(Pattern.MatchClass p, Context pc) {
        List<Pattern> patterns = p.patterns;
        List<String> kwdAttrs = p.kwdAttrs;
        List<Pattern> kwdPatterns = p.kwdPatterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = kwdAttrs.get(i);
                u().setLoc(kwdPatterns.get(i));
                if (attr.equals("__debug__")) {
                    throw g.error("cannot assign to __debug__");
                }
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(kwdAttrs.get(j))) {
                        u().setLoc(kwdPatterns.get(j));
                        throw g.error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            u().setLoc(p);
        }
        g.expr(p.cls);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = PyStr.of(kwdAttrs.get(i));
        }
        g.loadConst(PyTuple.of(names));
        g.emit(MATCH_CLASS, nargs);
        g.emit(COPY, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_NONE);
        g.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(q)) {
                g.emit(POP_TOP);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void or(Pattern.MatchOr p, Context pc) {
        int end = u().newLabel();
        int size = p.patterns.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        int[] oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns.get(i);
            u().setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new int[0];
            pc.onTop = 0;
            g.emit(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.error("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw g.error("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            u().jump(end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        g.emit(POP_TOP);
        jumpToFailPop(pc, null);
        u().bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw g.error("multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        g.emit(POP_TOP);
    }
}

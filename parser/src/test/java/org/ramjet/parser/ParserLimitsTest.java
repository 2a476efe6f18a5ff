package org.ramjet.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.ast.Stmt;
import org.ramjet.parser.lexer.SourceText;

/** What the parser does at its limits: very deep nesting, and very long flat input. */
class ParserLimitsTest {
    @Test
    void deepNestingIsReportedNotAStackOverflowError() throws InterruptedException {
        String src = "-".repeat(200_000) + "x\n";
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // a small stack, so that the limit is reached whatever -Xss the tests run with
        Thread t = new Thread(null, () -> {
            try {
                Parser.parseFile(new SourceText("deep.py", src));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertTrue(thrown.get() instanceof NestingTooDeepException, "got " + thrown.get());
    }

    @Test
    void longFlatInputParsesWithoutDeepRecursion() {
        // left-recursive rules are loops: a long chain must not use stack per operand
        String src = "x = " + "a + ".repeat(50_000) + "a\n" + "y = [" + "1, ".repeat(50_000) + "]\n";
        Mod.Module m = Parser.parseFile(new SourceText("long.py", src));
        assertEquals(2, m.body.size());
        Stmt.Assign second = (Stmt.Assign) m.body.get(1);
        assertEquals(50_000, ((Expr.List) second.value).elts.size());
    }

    @Test
    void moderateNestingParses() {
        String src = "x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n";
        Mod.Module m = Parser.parseFile(new SourceText("nested.py", src));
        assertNull(((Stmt.Assign) m.body.get(0)).typeComment);
    }
}

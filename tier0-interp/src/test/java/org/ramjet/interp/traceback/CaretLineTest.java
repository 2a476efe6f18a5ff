package org.ramjet.interp.traceback;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.Operator;

/** Expected marker lines were taken from CPython 3.11 tracebacks of the same source lines. */
class CaretLineTest {
    private static Expr name(String id, int col, int end) {
        return new Expr.Name(id, null).at(1, col, 1, end);
    }

    @Test
    void binaryOperatorIsAnchored() {
        // segment "1 +   d": BinOp(Constant 0..1, Add, Name 6..7)
        CaretLine.SegmentParser p = seg -> new Expr.BinOp(name("1", 0, 1), Operator.Add, name("d", 6, 7)).at(1, 0, 1, 7);
        assertEquals("           ~~^~~~~", CaretLine.of("    return 1 +   d\n", 3, 3, 11, 18, p));
    }

    @Test
    void twoCharacterOperatorAndParenthesizedLeft() {
        CaretLine.SegmentParser floor = seg -> new Expr.BinOp(name("1", 0, 1), Operator.FloorDiv, name("d", 5, 6)).at(1, 0, 1, 6);
        assertEquals("           ~~^^~~", CaretLine.of("    return 1 // d\n", 9, 9, 11, 17, floor));
        // "(d) + 1": the left operand's range excludes its parentheses
        CaretLine.SegmentParser paren = seg -> new Expr.BinOp(name("d", 1, 2), Operator.Add, name("1", 6, 7)).at(1, 0, 1, 7);
        assertEquals("           ~~~~^~~", CaretLine.of("    return (d) + 1\n", 5, 5, 11, 18, paren));
    }

    @Test
    void subscriptMarksTheBrackets() {
        CaretLine.SegmentParser p = seg -> new Expr.Subscript(name("d", 0, 1), name("0", 3, 4), null).at(1, 0, 1, 6);
        assertEquals("           ~^^^^^", CaretLine.of("    return d[ 0 ]\n", 7, 7, 11, 17, p));
    }

    @Test
    void plainRangeAndWholeLineElision() {
        assertEquals("    ^^^^^", CaretLine.of("    f(  )   \n", 11, 11, 4, 9, seg -> null));
        assertEquals("f(  )   ", CaretLine.displayed("    f(  )   \n"));
        assertNull(CaretLine.of("    fn()\n", 19, 19, 4, 8, seg -> null));
        assertEquals("        ^^^", CaretLine.of("    x = d()    # comment\n", 15, 15, 8, 11, seg -> null));
    }

    @Test
    void multiLineRangeRunsToTheEndOfTheFirstLine() {
        assertEquals("          ^^^", CaretLine.of("print(x /\n", 3, 4, 6, 2, seg -> null));
    }

    @Test
    void unknownPositionsGiveNoMarkers() {
        assertNull(CaretLine.of("    x = 1\n", 1, 1, -1, -1, seg -> null));
    }

    @Test
    void byteOffsetsBecomeCharacterOffsets() {
        // "é" is two UTF-8 bytes: the call f() starts at byte 15, character 14
        assertEquals("              ^^^", CaretLine.of("    s = 'é' + f()\n", 1, 1, 15, 18, seg -> null));
    }
}

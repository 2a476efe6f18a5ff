package org.ramjet.parser;

import static org.ramjet.parser.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyComplex;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.ExprContext;
import org.ramjet.parser.ast.Operator;
import org.ramjet.parser.ast.Pattern;
import org.ramjet.parser.ast.UnaryOperator;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.NumberLiterals;
import org.ramjet.parser.lexer.Token;
import org.ramjet.parser.lexer.TokenKind;

/** The {@code match} statement's pattern rules of the 3.11 grammar, with their invalid_* rules. */
abstract class PatternRules extends ExpressionRules {
    PatternRules(SourceText source, TokenSource tokens) {
        super(source, tokens);
    }

    /** patterns: open_sequence_pattern (a MatchSequence) | pattern */
    final Pattern patterns() {
        int start = mark();
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            return fin(new Pattern.MatchSequence(seq), start);
        }
        reset(start);
        return pattern();
    }

    final Pattern pattern() {
        int start = mark();
        Pattern p = asPattern();
        if (p != null) {
            return p;
        }
        reset(start);
        return orPattern();
    }

    private Pattern asPattern() {
        int start = mark();
        Pattern p = orPattern();
        if (p != null && expectWord("as") != null) {
            Expr.Name target = patternCaptureTarget();
            if (target != null) {
                return fin(new Pattern.MatchAs(p, target.id), start);
            }
        }
        reset(start);
        if (callInvalidRules) {
            p = orPattern();
            if (p != null && expectWord("as") != null) {
                Token u = expectWord("_");
                if (u != null) {
                    throw errorAtToken(u, "cannot use '_' as a target");
                }
                if (!atName()) {
                    Expr a = expression();
                    if (a != null) {
                        throw errorAtNode(a, "invalid pattern target");
                    }
                }
            }
            reset(start);
        }
        return null;
    }

    private Pattern orPattern() {
        int start = mark();
        Pattern first = closedPattern();
        if (first == null) {
            return null;
        }
        List<Pattern> alts = null;
        while (true) {
            int m = mark();
            if (expect(VBAR) == null) {
                break;
            }
            Pattern next = closedPattern();
            if (next == null) {
                reset(m);
                break;
            }
            if (alts == null) {
                alts = new ArrayList<>();
                alts.add(first);
            }
            alts.add(next);
        }
        return alts == null ? first : fin(new Pattern.MatchOr(alts), start);
    }

    private Pattern closedPattern() {
        int start = mark();
        Object m = memoGet(M_CLOSED_PATTERN);
        if (m != null) {
            return unmemo(m);
        }
        Pattern r = literalPattern();
        if (r == null) {
            r = capturePattern();
        }
        if (r == null) {
            r = wildcardPattern();
        }
        if (r == null) {
            r = valuePattern();
        }
        if (r == null) {
            r = groupPattern();
        }
        if (r == null) {
            r = sequencePattern();
        }
        if (r == null) {
            r = mappingPattern();
        }
        if (r == null) {
            r = classPattern();
        }
        return memoPut(M_CLOSED_PATTERN, start, r);
    }

    private Pattern literalPattern() {
        int start = mark();
        Expr v = literalExpr();
        if (v == null) {
            return null;
        }
        if (v instanceof Expr.Constant && isSingleton(((Expr.Constant) v).value)) {
            return fin(new Pattern.MatchSingleton(((Expr.Constant) v).value), start);
        }
        return fin(new Pattern.MatchValue(v), start);
    }

    private static boolean isSingleton(PyObject v) {
        return v == PyNone.NONE || v == PyBool.TRUE || v == PyBool.FALSE;
    }

    /** literal_expr: signed_number !('+'|'-') | complex_number | strings | None | True | False */
    private Expr literalExpr() {
        int start = mark();
        Expr n = signedNumber();
        if (n != null && !at(PLUS) && !at(MINUS)) {
            return n;
        }
        reset(start);
        Expr c = complexNumber();
        if (c != null) {
            return c;
        }
        reset(start);
        if (at(STRING)) {
            return strings();
        }
        Token t = cur();
        if (t.kind() == NAME) {
            PyObject v = null;
            switch (word(t)) {
                case "None": v = PyNone.NONE; break;
                case "True": v = PyBool.TRUE; break;
                case "False": v = PyBool.FALSE; break;
                default: break;
            }
            if (v != null) {
                pos++;
                return fin(new Expr.Constant(v, null), start);
            }
        }
        return null;
    }

    private Expr complexNumber() {
        int start = mark();
        Expr real = signedRealNumber();
        if (real == null) {
            return null;
        }
        Operator op = expect(PLUS) != null ? Operator.Add : expect(MINUS) != null ? Operator.Sub : null;
        if (op != null) {
            Expr imag = imaginaryNumber();
            if (imag != null) {
                return fin(new Expr.BinOp(real, op, imag), start);
            }
        }
        reset(start);
        return null;
    }

    private Expr signedNumber() {
        int start = mark();
        Token n = expect(NUMBER);
        if (n != null) {
            return numberNode(n);
        }
        if (expect(MINUS) != null) {
            n = expect(NUMBER);
            if (n != null) {
                return fin(new Expr.UnaryOp(UnaryOperator.USub, numberNode(n)), start);
            }
        }
        reset(start);
        return null;
    }

    private Expr signedRealNumber() {
        int start = mark();
        Expr r = realNumber();
        if (r != null) {
            return r;
        }
        if (expect(MINUS) != null) {
            r = realNumber();
            if (r != null) {
                return fin(new Expr.UnaryOp(UnaryOperator.USub, r), start);
            }
        }
        reset(start);
        return null;
    }

    private Expr realNumber() {
        Token n = expect(NUMBER);
        if (n == null) {
            return null;
        }
        Expr.Constant c = numberNode(n);
        if (c.value instanceof PyComplex) {
            throw errorAtNode(c, "real number required in complex literal");
        }
        return c;
    }

    private Expr imaginaryNumber() {
        Token n = expect(NUMBER);
        if (n == null) {
            return null;
        }
        Expr.Constant c = numberNode(n);
        if (!(c.value instanceof PyComplex)) {
            throw errorAtNode(c, "imaginary number required in complex literal");
        }
        return c;
    }

    private Expr.Constant numberNode(Token n) {
        return new Expr.Constant(NumberLiterals.parse(n.text()), null).at(n.line(), n.col(), n.endLine(), n.endCol());
    }

    private Pattern capturePattern() {
        int start = mark();
        Expr.Name t = patternCaptureTarget();
        if (t == null) {
            return null;
        }
        return fin(new Pattern.MatchAs(null, t.id), start);
    }

    /** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
    private Expr.Name patternCaptureTarget() {
        int start = mark();
        if (atWord("_")) {
            return null;
        }
        Token n = expectName();
        if (n == null) {
            return null;
        }
        TokenKind k = kind();
        if (k == DOT || k == LPAR || k == EQUAL) {
            reset(start);
            return null;
        }
        return nameNode(n, ExprContext.Store);
    }

    private Pattern wildcardPattern() {
        int start = mark();
        if (expectWord("_") == null) {
            return null;
        }
        return fin(new Pattern.MatchAs(null, null), start);
    }

    private Pattern valuePattern() {
        int start = mark();
        Expr a = attr();
        if (a == null) {
            return null;
        }
        TokenKind k = kind();
        if (k == DOT || k == LPAR || k == EQUAL) {
            reset(start);
            return null;
        }
        return fin(new Pattern.MatchValue(a), start);
    }

    /** attr: name_or_attr '.' NAME (at least one dot). */
    private Expr attr() {
        int start = mark();
        Expr a = nameOrAttr();
        if (a instanceof Expr.Attribute) {
            return a;
        }
        reset(start);
        return null;
    }

    /** name_or_attr: NAME ('.' NAME)* as Name or Attribute chain. */
    private Expr nameOrAttr() {
        int start = mark();
        Token n = expectName();
        if (n == null) {
            return null;
        }
        Expr a = nameNode(n, ExprContext.Load);
        while (true) {
            int m = mark();
            if (expect(DOT) == null) {
                break;
            }
            Token b = expectName();
            if (b == null) {
                reset(m);
                break;
            }
            a = fin(new Expr.Attribute(a, b.text(), ExprContext.Load), start);
        }
        return a;
    }

    private Pattern groupPattern() {
        int start = mark();
        if (expect(LPAR) != null) {
            Pattern p = pattern();
            if (p != null && expect(RPAR) != null) {
                return p;
            }
        }
        reset(start);
        return null;
    }

    private Pattern sequencePattern() {
        int start = mark();
        if (expect(LSQB) != null) {
            List<Pattern> ps = maybeSequencePattern();
            if (expect(RSQB) != null) {
                return fin(new Pattern.MatchSequence(ps == null ? new ArrayList<>() : ps), start);
            }
            reset(start);
            return null;
        }
        if (expect(LPAR) != null) {
            List<Pattern> ps = openSequencePattern();
            if (expect(RPAR) != null) {
                return fin(new Pattern.MatchSequence(ps == null ? new ArrayList<>() : ps), start);
            }
            reset(start);
        }
        return null;
    }

    /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
    private List<Pattern> openSequencePattern() {
        int start = mark();
        Pattern first = maybeStarPattern();
        if (first == null || expect(COMMA) == null) {
            reset(start);
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(first);
        List<Pattern> rest = maybeSequencePattern();
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
    private List<Pattern> maybeSequencePattern() {
        Pattern first = maybeStarPattern();
        if (first == null) {
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(first);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Pattern p = maybeStarPattern();
            if (p == null) {
                reset(m);
                break;
            }
            out.add(p);
        }
        expect(COMMA);
        return out;
    }

    private Pattern maybeStarPattern() {
        Pattern p = starPattern();
        return p != null ? p : pattern();
    }

    private Pattern starPattern() {
        int start = mark();
        Object m = memoGet(M_STAR_PATTERN);
        if (m != null) {
            return unmemo(m);
        }
        Pattern r = null;
        if (expect(STAR) != null) {
            Expr.Name t = patternCaptureTarget();
            if (t != null) {
                r = fin(new Pattern.MatchStar(t.id), start);
            } else if (wildcardPattern() != null) {
                r = fin(new Pattern.MatchStar(null), start);
            } else {
                reset(start);
            }
        }
        return memoPut(M_STAR_PATTERN, start, r);
    }

    private Pattern mappingPattern() {
        int start = mark();
        if (expect(LBRACE) == null) {
            return null;
        }
        if (expect(RBRACE) != null) {
            return fin(new Pattern.MatchMapping(new ArrayList<>(), new ArrayList<>(), null), start);
        }
        int afterBrace = mark();
        Expr.Name rest = doubleStarPattern();
        if (rest != null) {
            expect(COMMA);
            if (expect(RBRACE) != null) {
                return fin(new Pattern.MatchMapping(new ArrayList<>(), new ArrayList<>(), rest.id), start);
            }
        }
        reset(afterBrace);
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        if (itemsPattern(keys, values)) {
            int m = mark();
            if (expect(COMMA) != null) {
                rest = doubleStarPattern();
                if (rest != null) {
                    expect(COMMA);
                    if (expect(RBRACE) != null) {
                        return fin(new Pattern.MatchMapping(keys, values, rest.id), start);
                    }
                }
            }
            reset(m);
            expect(COMMA);
            if (expect(RBRACE) != null) {
                return fin(new Pattern.MatchMapping(keys, values, null), start);
            }
        }
        reset(start);
        return null;
    }

    private boolean itemsPattern(List<Expr> keys, List<Pattern> values) {
        if (!keyValuePattern(keys, values)) {
            return false;
        }
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            if (!keyValuePattern(keys, values)) {
                reset(m);
                break;
            }
        }
        return true;
    }

    private boolean keyValuePattern(List<Expr> keys, List<Pattern> values) {
        int start = mark();
        Expr key = literalExpr();
        if (key == null) {
            reset(start);
            key = attr();
        }
        if (key != null && expect(COLON) != null) {
            Pattern p = pattern();
            if (p != null) {
                keys.add(key);
                values.add(p);
                return true;
            }
        }
        reset(start);
        return false;
    }

    private Expr.Name doubleStarPattern() {
        int start = mark();
        if (expect(DOUBLESTAR) != null) {
            Expr.Name t = patternCaptureTarget();
            if (t != null) {
                return t;
            }
        }
        reset(start);
        return null;
    }

    private Pattern classPattern() {
        int start = mark();
        Expr cls = nameOrAttr();
        if (cls == null || expect(LPAR) == null) {
            reset(start);
            return null;
        }
        int afterParen = mark();
        if (expect(RPAR) != null) {
            return fin(new Pattern.MatchClass(cls, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()), start);
        }
        List<Pattern> positional = positionalPatterns();
        if (positional != null) {
            int m = mark();
            expect(COMMA);
            if (expect(RPAR) != null) {
                return fin(new Pattern.MatchClass(cls, positional, new ArrayList<>(), new ArrayList<>()), start);
            }
            reset(m);
        }
        reset(afterParen);
        List<String> names = new ArrayList<>();
        List<Pattern> kwPatterns = new ArrayList<>();
        if (keywordPatterns(names, kwPatterns)) {
            expect(COMMA);
            if (expect(RPAR) != null) {
                return fin(new Pattern.MatchClass(cls, new ArrayList<>(), names, kwPatterns), start);
            }
        }
        reset(afterParen);
        positional = positionalPatterns();
        if (positional != null && expect(COMMA) != null) {
            names = new ArrayList<>();
            kwPatterns = new ArrayList<>();
            if (keywordPatterns(names, kwPatterns)) {
                expect(COMMA);
                if (expect(RPAR) != null) {
                    return fin(new Pattern.MatchClass(cls, positional, names, kwPatterns), start);
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidClassPattern();
        }
        return null;
    }

    private void invalidClassPattern() {
        int start = mark();
        if (nameOrAttr() != null && expect(LPAR) != null) {
            int m = mark();
            if (positionalPatterns() == null || expect(COMMA) == null) {
                reset(m);
            }
            if (keywordPatterns(new ArrayList<>(), new ArrayList<>()) && expect(COMMA) != null) {
                List<Pattern> a = positionalPatterns();
                if (a != null) {
                    throw errorAtNodes(a.get(0), a.get(a.size() - 1), "positional patterns follow keyword patterns");
                }
            }
        }
        reset(start);
    }

    private List<Pattern> positionalPatterns() {
        Pattern first = pattern();
        if (first == null) {
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(first);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Pattern p = pattern();
            if (p == null) {
                reset(m);
                break;
            }
            out.add(p);
        }
        return out;
    }

    private boolean keywordPatterns(List<String> names, List<Pattern> patterns) {
        if (!keywordPattern(names, patterns)) {
            return false;
        }
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            if (!keywordPattern(names, patterns)) {
                reset(m);
                break;
            }
        }
        return true;
    }

    private boolean keywordPattern(List<String> names, List<Pattern> patterns) {
        int start = mark();
        Token n = expectName();
        if (n != null && expect(EQUAL) != null) {
            Pattern p = pattern();
            if (p != null) {
                names.add(n.text());
                patterns.add(p);
                return true;
            }
        }
        reset(start);
        return false;
    }
}

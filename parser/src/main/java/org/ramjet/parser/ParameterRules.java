package org.ramjet.parser;

import static org.ramjet.parser.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.parser.ast.Arg;
import org.ramjet.parser.ast.Arguments;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.lexer.Token;
import org.ramjet.parser.lexer.TokenKind;

/**
 * The parameter-list rules of the grammar (params, parameters, slash_*, star_etc, kwds and their
 * invalid_* rules), shared by {@code def} and {@code lambda}: a lambda's parameters have no
 * annotations and end at ':' where a def's end at ')'.
 */
final class ParameterRules {
    private record NameDefault(Arg arg, Expr value) {}

    private record SlashWithDefault(List<Arg> plain, List<NameDefault> withDefaults) {}

    private record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    private final ExpressionRules p;
    private final boolean lambda;
    private final TokenKind close;

    ParameterRules(ExpressionRules p, boolean lambda) {
        this.p = p;
        this.lambda = lambda;
        this.close = lambda ? COLON : RPAR;
    }

    static Arguments empty() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(),
                new ArrayList<>(), null, new ArrayList<>());
    }

    /** params: invalid_parameters | parameters. Null when there are none. */
    Arguments params() {
        int start = p.mark();
        if (p.callInvalidRules) {
            invalidParameters();
            p.reset(start);
        }
        return parameters();
    }

    private Arguments parameters() {
        int start = p.mark();
        List<Arg> a = slashNoDefault();
        if (a != null) {
            List<Arg> b = paramNoDefaultStar();
            List<NameDefault> c = paramWithDefaultStar();
            return make(a, null, b, c, starEtcOpt());
        }
        p.reset(start);
        SlashWithDefault sw = slashWithDefault();
        if (sw != null) {
            List<NameDefault> c = paramWithDefaultStar();
            return make(null, sw, null, c, starEtcOpt());
        }
        p.reset(start);
        List<Arg> plain = paramNoDefaultStar();
        if (!plain.isEmpty()) {
            List<NameDefault> c = paramWithDefaultStar();
            return make(null, null, plain, c, starEtcOpt());
        }
        p.reset(start);
        List<NameDefault> wd = paramWithDefaultStar();
        if (!wd.isEmpty()) {
            return make(null, null, null, wd, starEtcOpt());
        }
        p.reset(start);
        StarEtc e = starEtc();
        if (e != null) {
            return make(null, null, null, null, e);
        }
        p.reset(start);
        return null;
    }

    private StarEtc starEtcOpt() {
        int m = p.mark();
        StarEtc e = starEtc();
        if (e == null) {
            p.reset(m);
        }
        return e;
    }

    private static Arguments make(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault,
                                  List<Arg> plain, List<NameDefault> withDefault, StarEtc star) {
        List<Arg> posonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (slashNoDefault != null) {
            posonly.addAll(slashNoDefault);
        } else if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plain);
            for (NameDefault nd : slashWithDefault.withDefaults) {
                posonly.add(nd.arg);
                defaults.add(nd.value);
            }
        }
        List<Arg> args = new ArrayList<>();
        if (plain != null) {
            args.addAll(plain);
        }
        if (withDefault != null) {
            for (NameDefault nd : withDefault) {
                args.add(nd.arg);
                defaults.add(nd.value);
            }
        }
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        if (star != null) {
            vararg = star.vararg;
            kwarg = star.kwarg;
            if (star.kwonly != null) {
                for (NameDefault nd : star.kwonly) {
                    kwonly.add(nd.arg);
                    kwDefaults.add(nd.value);
                }
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** Whether the parameter just parsed ends here: ',' (consumed) or a lookahead of the closer. */
    private boolean paramEnd() {
        return p.expect(COMMA) != null || p.at(close);
    }

    private Arg param() {
        int start = p.mark();
        Token n = p.expectName();
        if (n == null) {
            return null;
        }
        Expr annotation = null;
        if (!lambda) {
            int m = p.mark();
            if (p.expect(COLON) != null) {
                annotation = p.expression();
                if (annotation == null) {
                    p.reset(m);
                }
            }
        }
        return p.fin(new Arg(n.text(), annotation, null), start);
    }

    private Arg paramNoDefault() {
        int start = p.mark();
        Arg a = param();
        if (a != null && paramEnd()) {
            return a;
        }
        p.reset(start);
        return null;
    }

    private List<Arg> paramNoDefaultStar() {
        List<Arg> out = new ArrayList<>();
        Arg a;
        while ((a = paramNoDefault()) != null) {
            out.add(a);
        }
        return out;
    }

    private Expr defaultValue() {
        int start = p.mark();
        if (p.expect(EQUAL) != null) {
            Expr e = p.expression();
            if (e != null) {
                return e;
            }
        }
        p.reset(start);
        if (p.callInvalidRules) {
            Token a = p.expect(EQUAL);
            if (a != null && (p.at(RPAR) || p.at(COMMA))) {
                throw p.errorAtToken(a, "expected default value expression");
            }
            p.reset(start);
        }
        return null;
    }

    private NameDefault paramWithDefault() {
        int start = p.mark();
        Arg a = param();
        if (a != null) {
            Expr d = defaultValue();
            if (d != null && paramEnd()) {
                return new NameDefault(a, d);
            }
        }
        p.reset(start);
        return null;
    }

    private List<NameDefault> paramWithDefaultStar() {
        List<NameDefault> out = new ArrayList<>();
        NameDefault a;
        while ((a = paramWithDefault()) != null) {
            out.add(a);
        }
        return out;
    }

    private NameDefault paramMaybeDefault() {
        int start = p.mark();
        Arg a = param();
        if (a != null) {
            int m = p.mark();
            Expr d = defaultValue();
            if (d == null) {
                p.reset(m);
            }
            if (paramEnd()) {
                return new NameDefault(a, d);
            }
        }
        p.reset(start);
        return null;
    }

    private List<NameDefault> paramMaybeDefaultStar() {
        List<NameDefault> out = new ArrayList<>();
        NameDefault a;
        while ((a = paramMaybeDefault()) != null) {
            out.add(a);
        }
        return out;
    }

    /** '/' followed by ',' (consumed) or a lookahead of the closer. */
    private boolean slashEnd() {
        int m = p.mark();
        if (p.expect(SLASH) != null && paramEnd()) {
            return true;
        }
        p.reset(m);
        return false;
    }

    private List<Arg> slashNoDefault() {
        int start = p.mark();
        List<Arg> a = paramNoDefaultStar();
        if (!a.isEmpty() && slashEnd()) {
            return a;
        }
        p.reset(start);
        return null;
    }

    private SlashWithDefault slashWithDefault() {
        int start = p.mark();
        List<Arg> a = paramNoDefaultStar();
        List<NameDefault> b = paramWithDefaultStar();
        if (!b.isEmpty() && slashEnd()) {
            return new SlashWithDefault(a, b);
        }
        p.reset(start);
        return null;
    }

    private StarEtc starEtc() {
        int start = p.mark();
        if (p.callInvalidRules) {
            invalidStarEtc();
            p.reset(start);
        }
        if (p.expect(STAR) != null) {
            int m = p.mark();
            Arg a = paramNoDefault();
            if (a == null && !lambda) {
                a = paramNoDefaultStarAnnotation();
            }
            if (a != null) {
                List<NameDefault> b = paramMaybeDefaultStar();
                return new StarEtc(a, b, kwdsOpt());
            }
            p.reset(m);
            if (p.expect(COMMA) != null) {
                List<NameDefault> b = paramMaybeDefaultStar();
                if (!b.isEmpty()) {
                    return new StarEtc(null, b, kwdsOpt());
                }
            }
            p.reset(start);
        }
        Arg k = kwds();
        if (k != null) {
            return new StarEtc(null, null, k);
        }
        p.reset(start);
        return null;
    }

    private Arg paramNoDefaultStarAnnotation() {
        int start = p.mark();
        Token n = p.expectName();
        if (n != null && p.expect(COLON) != null) {
            Expr ann = p.starExpression();
            if (ann != null) {
                Arg a = p.fin(new Arg(n.text(), ann, null), start);
                if (paramEnd()) {
                    return a;
                }
            }
        }
        p.reset(start);
        return null;
    }

    private Arg kwdsOpt() {
        int m = p.mark();
        Arg k = kwds();
        if (k == null) {
            p.reset(m);
        }
        return k;
    }

    private Arg kwds() {
        int start = p.mark();
        if (p.callInvalidRules) {
            invalidKwds();
            p.reset(start);
        }
        if (p.expect(DOUBLESTAR) != null) {
            Arg a = paramNoDefault();
            if (a != null) {
                return a;
            }
        }
        p.reset(start);
        return null;
    }

    // ---- invalid_* rules (error pass only) ----

    private void invalidParameters() {
        int start = p.mark();
        paramNoDefaultStar();
        if (invalidParametersHelper()) {
            Arg a = paramNoDefault();
            if (a != null) {
                throw p.errorAtNode(a, "non-default argument follows default argument");
            }
        }
        p.reset(start);
        paramNoDefaultStar();
        Token open = p.expect(LPAR);
        if (open != null) {
            boolean any = false;
            if (lambda) {
                // ','.lambda_param+
                while (true) {
                    int m = p.mark();
                    if (any && p.expect(COMMA) == null) {
                        break;
                    }
                    if (param() == null) {
                        p.reset(m);
                        break;
                    }
                    any = true;
                }
            } else {
                any = !paramNoDefaultStar().isEmpty();
            }
            if (any) {
                p.expect(COMMA);
                Token b = p.expect(RPAR);
                if (b != null) {
                    throw p.errorFromTokens(open, b, lambda
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        p.reset(start);
        Token slash = p.expect(SLASH);
        if (slash != null && p.expect(COMMA) != null) {
            throw p.errorAtToken(slash, "at least one argument must precede /");
        }
        p.reset(start);
        if (slashNoDefault() != null || slashWithDefault() != null) {
            paramMaybeDefaultStar();
            Token a = p.expect(SLASH);
            if (a != null) {
                throw p.errorAtToken(a, "/ may appear only once");
            }
        }
        p.reset(start);
        if (slashNoDefault() == null) {
            p.reset(start);
            if (slashWithDefault() == null) {
                p.reset(start);
            }
        }
        paramMaybeDefaultStar();
        if (p.expect(STAR) != null && (p.expect(COMMA) != null || paramNoDefault() != null)) {
            paramMaybeDefaultStar();
            Token a = p.expect(SLASH);
            if (a != null) {
                throw p.errorAtToken(a, "/ must be ahead of *");
            }
        }
        p.reset(start);
        if (!paramMaybeDefaultStar().isEmpty() && p.expect(SLASH) != null) {
            Token a = p.expect(STAR);
            if (a != null) {
                throw p.errorAtToken(a, "expected comma between / and *");
            }
        }
        p.reset(start);
    }

    private boolean invalidParametersHelper() {
        int start = p.mark();
        if (slashWithDefault() != null) {
            return true;
        }
        p.reset(start);
        return !paramWithDefaultStar().isEmpty();
    }

    private void invalidStarEtc() {
        int start = p.mark();
        Token star = p.expect(STAR);
        if (star != null) {
            if (p.at(close) || (p.expect(COMMA) != null && (p.at(close) || p.at(DOUBLESTAR)))) {
                if (lambda) {
                    throw p.errorAtLast("named arguments must follow bare *");
                }
                throw p.errorAtToken(star, "named arguments must follow bare *");
            }
        }
        p.reset(start);
        if (p.expect(STAR) != null && param() != null) {
            Token a = p.expect(EQUAL);
            if (a != null) {
                throw p.errorAtToken(a, "var-positional argument cannot have default value");
            }
        }
        p.reset(start);
        if (p.expect(STAR) != null && (paramNoDefault() != null || p.expect(COMMA) != null)) {
            paramMaybeDefaultStar();
            Token a = p.expect(STAR);
            if (a != null && (paramNoDefault() != null || p.expect(COMMA) != null)) {
                throw p.errorAtToken(a, "* argument may appear only once");
            }
        }
        p.reset(start);
    }

    private void invalidKwds() {
        int start = p.mark();
        if (p.expect(DOUBLESTAR) != null && param() != null) {
            Token a = p.expect(EQUAL);
            if (a != null) {
                throw p.errorAtToken(a, "var-keyword argument cannot have default value");
            }
            if (p.expect(COMMA) != null) {
                int m = p.mark();
                Arg b = param();
                if (b != null) {
                    throw p.errorAtNode(b, "arguments cannot follow var-keyword argument");
                }
                p.reset(m);
                Token t = p.cur();
                if (t.kind() == STAR || t.kind() == DOUBLESTAR || t.kind() == SLASH) {
                    throw p.errorAtToken(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        p.reset(start);
    }
}

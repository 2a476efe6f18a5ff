package org.ramjet.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ramjet.parser.Parser;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;

/**
 * Tokenize + parse + compile throughput of the front end, in source lines per second (the
 * {@code lines} counter), on every {@code .py} file under {@code dir}: by default the project's
 * own Python sources; point it at CPython's standard library for a large realistic input and
 * compare with {@code tools/cpython-compile-rate DIR} on the same files.
 *
 * <pre>java -jar jmh/target/benchmarks.jar CompileBenchmark -p dir=/usr/lib/python3.11</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss16m")
public class CompileBenchmark {
    /** A directory of Python sources; files that do not compile are left out at set-up. */
    @Param({"tests"})
    public String dir;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> sources = new ArrayList<>();
    private long totalLines;

    /** Lines compiled, reported by JMH as a rate next to the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Lines {
        public long lines;

        @Setup(Level.Iteration)
        public void reset() {
            lines = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".py")).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                try {
                    compile(p.toString(), bytes);
                } catch (RuntimeException e) {
                    continue; // invalid programs (syntax-error tests) are not part of the input
                }
                names.add(p.toString());
                sources.add(bytes);
                totalLines += SourceText.fromFile(p.toString(), bytes).lineCount();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no compilable .py files under " + Path.of(dir).toAbsolutePath());
        }
    }

    static Object compile(String name, byte[] bytes) {
        SourceText source = SourceText.fromFile(name, bytes);
        return Compiler.compile(Parser.parseFile(source), source, Compiler.Mode.EXEC, 0);
    }

    @Benchmark
    public void compileAll(Lines counter, Blackhole bh) {
        for (int i = 0; i < sources.size(); i++) {
            bh.consume(compile(names.get(i), sources.get(i)));
        }
        counter.lines += totalLines;
    }
}

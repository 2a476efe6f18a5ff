package org.ramjet.interp;

/** Manual timing entry point for profiling the interpreter outside JUnit. */
public final class PerfMain {
    private PerfMain() {}

    public static void main(String[] args) throws Exception {
        String src = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(args[0])));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            String out = TestRuntime.run(src);
            System.out.print(out.length() > 300 ? out.substring(0, 300) : out);
            System.out.printf("round %d: %d ms%n", r, (System.nanoTime() - t0) / 1000000);
        }
        if (args.length > 2 && args[2].equals("feedback")) {
            System.out.print(FeedbackPrinter.dumpAll(2));
        }
    }
}

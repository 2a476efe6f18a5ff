package org.ramjet.feedback;

import org.ramjet.bytecode.PyCode;

/**
 * The per-code state that drives tiering: how often the code was called and how many loop
 * back-edges it took, its feedback vector, and the compiled code installed for each tier.
 * Created lazily the first time the code runs ({@link PyCode#jit()}).
 *
 * <p>The counters are plain ints written without synchronization (a lost increment is
 * harmless); they saturate instead of wrapping.
 */
public final class JitState {
    public final FeedbackVector feedback;
    /** Calls so far (saturating). */
    public int calls;
    /** Loop back-edges taken so far, over all frames of this code (saturating). */
    public int backEdges;
    /** Calls left before the compilation policy is asked again (the interpreter counts down). */
    public int callCountdown;
    /** Back-edges left before the compilation policy is asked again. */
    public int backEdgeCountdown;
    // Installed entries; tier 0 is the interpreter itself.
    private volatile InstalledCode tier1, tier2;
    // Set once something was installed; a plain field read on every call (a racing reader
    // seeing it late only interprets one call more).
    private boolean anyInstalled;
    private final int codeLength;
    // CALL_KW's constant names tuple as the String[] of the vectorcall convention, per bci.
    private String[][] kwnames;

    // Every code object that has started running, for dumps (-X feedback); weak, so that
    // code objects of exec'd strings and unloaded modules can still be collected.
    private static final java.util.concurrent.ConcurrentLinkedQueue<java.lang.ref.WeakReference<PyCode>> STARTED =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    public JitState(PyCode code) {
        this.feedback = new FeedbackVector(code);
        this.codeLength = code.instructions.length;
        STARTED.add(new java.lang.ref.WeakReference<>(code));
    }

    /** The code objects that have run so far (and are still alive), in the order they started. */
    public static java.util.List<PyCode> startedCodes() {
        java.util.List<PyCode> out = new java.util.ArrayList<>();
        for (java.util.Iterator<java.lang.ref.WeakReference<PyCode>> it = STARTED.iterator(); it.hasNext(); ) {
            PyCode c = it.next().get();
            if (c == null) {
                it.remove();
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The keyword names of the CALL_KW at {@code bci}, converted once from its constant tuple. */
    public String[] kwnames(int bci, org.ramjet.objects.PyTuple names) {
        String[][] cache = kwnames;
        if (cache == null) {
            cache = kwnames = new String[codeLength][];
        }
        String[] kw = cache[bci];
        if (kw == null) {
            kw = new String[names.size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = ((org.ramjet.objects.PyStr) names.get(i)).value;
            }
            cache[bci] = kw;
        }
        return kw;
    }

    /** The best valid installed code, or null to interpret. */
    public InstalledCode entry() {
        if (!anyInstalled) {
            return null;  // the interpreter-only case: no volatile read
        }
        InstalledCode c = tier2;
        if (c != null && c.isValid()) {
            return c;
        }
        c = tier1;
        return c != null && c.isValid() ? c : null;
    }

    public InstalledCode installed(int tier) {
        switch (tier) {
            case 1: return tier1;
            case 2: return tier2;
            default: throw new IllegalArgumentException("no installed code for tier " + tier);
        }
    }

    public void install(InstalledCode code) {
        switch (code.tier()) {
            case 1: tier1 = code; break;
            case 2: tier2 = code; break;
            default: throw new IllegalArgumentException("cannot install code of tier " + code.tier());
        }
        anyInstalled = true;
    }

    /** Drops the installed code of {@code tier} (after invalidation). */
    public void uninstall(int tier) {
        switch (tier) {
            case 1: tier1 = null; break;
            case 2: tier2 = null; break;
            default: throw new IllegalArgumentException("no installed code for tier " + tier);
        }
    }
}

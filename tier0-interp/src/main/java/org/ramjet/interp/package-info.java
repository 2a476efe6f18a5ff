/**
 * Tier 0: the bytecode interpreter.
 *
 * <p>A guided tour:
 * <ul>
 * <li>{@link org.ramjet.interp.Engine} is the entry point for the launcher: install, run a
 *     module, exec/eval, format an uncaught exception. {@link org.ramjet.interp.Hooks} holds the
 *     callbacks the launcher registers (import, display hook, source lines) and
 *     {@link org.ramjet.interp.Tiering} the {@link org.ramjet.interp.CompilationPolicy}.
 *     {@link org.ramjet.interp.BigStack} runs a program on a thread with a deep Java stack.</li>
 * <li>{@link org.ramjet.interp.Interpreter} is the loop over a heap
 *     {@link org.ramjet.objects.PyFrame}: one case per opcode, zero-cost exception handling,
 *     feedback recording, call and back-edge counting.</li>
 * <li>Small helpers per topic keep the cases short: {@code Names}, {@code Building},
 *     {@code CallSites}, {@code Functions}, {@code Imports},
 *     {@code ExceptionOps}, {@code Generators}/{@link org.ramjet.interp.PyGenerator},
 *     {@code Matching}; {@code Ops} is the one door into objcore's protocols.</li>
 * <li>{@link org.ramjet.interp.FeedbackPrinter} renders the feedback vectors for
 *     {@code -X feedback}; {@code org.ramjet.interp.traceback} formats tracebacks exactly as
 *     CPython 3.11 does.</li>
 * </ul>
 */
package org.ramjet.interp;

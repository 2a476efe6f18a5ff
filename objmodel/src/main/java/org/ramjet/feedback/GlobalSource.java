package org.ramjet.feedback;

/**
 * The key a {@code LOAD_GLOBAL} site records: where the name was found. A site that only ever
 * sees {@link #GLOBALS} (or only {@link #BUILTINS}) is monomorphic, so an optimizing tier can
 * read that one namespace's cell and guard on its "not reassigned" assumption.
 */
public enum GlobalSource {
    GLOBALS,
    BUILTINS
}

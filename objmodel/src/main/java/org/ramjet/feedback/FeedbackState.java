package org.ramjet.feedback;

/**
 * The lattice one feedback site climbs, never down: nothing seen yet, one key, up to
 * {@link SiteFeedback#MAX_POLYMORPHIC} keys, then "too many to be worth speculating on".
 */
public enum FeedbackState {
    UNINITIALIZED,
    MONOMORPHIC,
    POLYMORPHIC,
    MEGAMORPHIC
}

/**
 * Type feedback and tiering state shared by all tiers: each {@link org.ramjet.bytecode.PyCode}
 * lazily gets a {@link org.ramjet.feedback.JitState} (call and back-edge counters, the
 * {@link org.ramjet.feedback.FeedbackVector}, the installed compiled code per tier). Tiers 0
 * and 1 write the vector; tier 2 reads it. Each {@link org.ramjet.feedback.SiteFeedback} climbs
 * uninitialized -> monomorphic -> polymorphic (up to 4 keys) -> megamorphic.
 */
package org.ramjet.feedback;

package org.ramjet.interp;

import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.layout.MappedObject;

/** Recording helpers for feedback keys that need more than {@code x.type()}. */
final class Feedback {
    private Feedback() {}

    /** Attribute sites record (type, map): the map says where the attribute lives in instances. */
    static void recordAttribute(SiteFeedback site, PyObject receiver) {
        if (receiver instanceof MappedObject) {
            MappedObject m = (MappedObject) receiver;
            site.record(m.type(), m.map());
        } else {
            site.record(receiver.type(), null);
        }
    }
}

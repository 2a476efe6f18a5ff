package org.ramjet.stdlib.collections;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;
import org.ramjet.objects.TypeSpec;

/** Forward and reverse iterators of a {@link PyDeque}; any change to the deque ends them with RuntimeError. */
final class DequeIterator extends PyObject {
    private final PyDeque deque;
    private final boolean reverse;
    private final long state;
    private int done;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state;
    }

    static PyType type(String name, boolean reverse) {
        return new TypeSpec(name, DequeIterator.class)
                .notSubclassable()
                .slots(t -> {
                    t.iter = self -> self;
                    t.next = self -> ((DequeIterator) self).nextItem();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)",
                        (DequeIterator self) -> PyInt.of(Math.max(0, self.deque.size - self.done))))
                .build();
    }

    @Override
    public PyType type() {
        return reverse ? DequeType.REVERSE_ITERATOR : DequeType.ITERATOR;
    }

    PyObject nextItem() {
        PyDeque d = deque;
        if (d.state != state) {
            throw PyErrors.runtimeError("deque mutated during iteration");
        }
        if (done >= d.size) {
            return null;
        }
        int i = done++;
        return d.get(reverse ? d.size - 1 - i : i);
    }
}

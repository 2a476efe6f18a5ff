package org.ramjet.objects;

/** {@code object}, the root of every class. Slots and methods are in {@link ObjectMethods}. */
public final class ObjectType {
    private ObjectType() {}

    public static final PyType TYPE = CoreTypes.OBJECT;

    /** {@code object.__getattribute__} as a slot value (identity-compared by fast paths). */
    public static final Slot.GetAttr GENERIC_GETATTR = ObjectMethods.GENERIC_GETATTR;
    public static final Slot.SetAttr GENERIC_SETATTR = ObjectMethods.GENERIC_SETATTR;
}

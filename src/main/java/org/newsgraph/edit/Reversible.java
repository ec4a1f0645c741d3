package org.newsgraph.edit;

import java.util.Set;

/**
 * A kind of correction that {@link Undo} can take back. Both methods run in the undo's transaction; the
 * undo records what {@link #snapshot} shows before and after {@link #restore}.
 */
public interface Reversible {

    /** The actions whose edits this one takes back. */
    Set<EditAction> actions();

    /** The rows the edit changed, as they are now, in the form of the edit's {@code before}. */
    String snapshot(Edit edit);

    /** Puts back the rows as the edit's {@code before} has them. */
    void restore(Edit edit);
}

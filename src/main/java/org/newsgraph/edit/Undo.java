package org.newsgraph.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Takes an edit back, whatever correction it was: the {@link Reversible} of its action puts the rows back,
 * and the undo is recorded, with the rows as they were just before it and as it left them, in the same
 * transaction. {@link EditHistory#lockForUndo} says which edits may be undone.
 */
@ApplicationScoped
public class Undo {

    @Inject
    EditHistory history;

    @Inject
    Instance<Reversible> reversibles;

    @Transactional
    public Edit undo(long editId, String editor) {
        Edit edit = history.lockForUndo(editId);
        Reversible reversible = reversibles.stream().filter(candidate -> candidate.actions().contains(edit.action()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Nothing takes back a " + edit.action()));
        String current = reversible.snapshot(edit);
        reversible.restore(edit);
        return history.recordUndo(editor, edit, current, reversible.snapshot(edit));
    }
}

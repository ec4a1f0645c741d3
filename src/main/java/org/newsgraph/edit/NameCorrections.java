package org.newsgraph.edit;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.NameKey;
import org.newsgraph.entity.NamedEntity;
import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.storage.AdvisoryLock;
import org.newsgraph.storage.Statements;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * An editor's corrections of what an entity is called: another name it goes by (an alias), or a better
 * name, the old one kept as an alias. Each is recorded with the entity's row before and after, and undone
 * by putting that row back.
 */
@ApplicationScoped
public class NameCorrections implements Reversible {

    static final int LONGEST_NAME = 200;
    private static final String SNAPSHOT = "select cast(jsonb_build_object('entity', " + EntityRows.row(1) + ") as text)";

    @Inject
    EditHistory history;

    @Transactional
    public Edit addAlias(long entityId, String alias, String editor) {
        return correct(entityId, alias, EditAction.ALIAS, editor, entity -> {
            if (entity.knowsName(alias)) {
                throw new BadUserInputException(entity.name + " is already known as \"" + alias.strip() + "\"");
            }
            entity.addAliases(List.of(alias));
        });
    }

    /** Renaming to one of its aliases is allowed: the alias becomes the name. */
    @Transactional
    public Edit rename(long entityId, String name, String editor) {
        return correct(entityId, name, EditAction.RENAME, editor, entity -> {
            if (entity.isCalled(name)) {
                throw new BadUserInputException("\"" + name.strip() + "\" is already the name of " + entity.name
                        + " (names are compared without case, accents or punctuation)");
            }
            entity.rename(name);
        });
    }

    private Edit correct(long entityId, String name, EditAction action, String editor, Consumer<NamedEntity> change) {
        check(name);
        NamedEntity entity = NamedEntity.<NamedEntity>findByIdOptional(entityId)
                .orElseThrow(() -> new BadUserInputException("There is no entity with id " + entityId));
        // The lock an ingest takes to resolve this name, so that it finds this entity by it rather than making
        // another; taken before the row's, as an ingest takes its locks, so the two cannot wait for each other.
        AdvisoryLock.hold(EntityResolver.lockKey(entity.kind, name));
        Panache.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        String before = snapshot(entityId);
        change.accept(entity);
        Panache.getEntityManager().flush(); // the row after, with the lookup columns the entity derives
        return history.record(editor, action, new long[] { entityId }, before, snapshot(entityId), null);
    }

    private static void check(String name) {
        if (NameKey.of(name).isEmpty()) {
            throw new BadUserInputException("A name needs letters or digits");
        }
        if (name.strip().length() > LONGEST_NAME) {
            throw new BadUserInputException("A name is at most " + LONGEST_NAME + " characters long");
        }
    }

    @Override
    public Set<EditAction> actions() {
        return Set.of(EditAction.ALIAS, EditAction.RENAME);
    }

    @Override
    public String snapshot(Edit edit) {
        return snapshot(Long.parseLong(edit.subjects().get(0)));
    }

    @Override
    public void restore(Edit edit) {
        EntityRows.restore(edit.before(), "entity");
    }

    private static String snapshot(long entityId) {
        return Statements.text(SNAPSHOT, entityId);
    }
}

package org.newsgraph.edit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.entity.EntityKind;
import org.newsgraph.graphql.BadUserInputException;
import org.newsgraph.storage.Statements;

/**
 * An editor says who spoke a quote (or that nobody the graph knows did): the speaker is then the editor's
 * word, with full confidence, whatever the extractor or the annotations said. Recorded with the quote's
 * row before and after, and undone by putting its speaker and attribution back.
 */
@ApplicationScoped
public class SpeakerCorrection implements Reversible {

    private static final String SNAPSHOT = """
            select cast(jsonb_build_object('quote', (select to_jsonb(q) - 'search_vector' from quote q where q.id = ?1))
            as text)""";

    private static final String RESTORE = """
            update quote q set speaker_id = r.speaker_id, attributed_by = r.attributed_by, confidence = r.confidence
            from jsonb_populate_record(null::quote, cast(?1 as jsonb) -> 'quote') r where q.id = r.id""";

    private static final String BY_EDITOR = "editor";

    @Inject
    EditHistory history;

    @Transactional
    public Edit attribute(long quoteId, Long speakerId, String editor) {
        List<Long> speakers = Statements.column("select speaker_id from quote where id = ?1 for update", Long.class, quoteId);
        if (speakers.isEmpty()) {
            throw new BadUserInputException("There is no quote with id " + quoteId);
        }
        if (speakerId != null) {
            checkSpeaker(speakerId);
        }
        String before = snapshot(quoteId);
        Statements.update("update quote set speaker_id = cast(?2 as bigint), attributed_by = cast(?3 as text),"
                + " confidence = cast(?4 as double precision) where id = ?1", quoteId, speakerId,
                speakerId == null ? null : BY_EDITOR, speakerId == null ? null : 1.0);
        // the quote's history, and each speaker's (the one it leaves and the one it goes to), show the change
        long[] subjects = Stream.of(quoteId, speakers.get(0), speakerId).filter(Objects::nonNull).distinct()
                .mapToLong(Long::longValue).toArray();
        return history.record(editor, EditAction.ATTRIBUTION, subjects, before, snapshot(quoteId), null);
    }

    /** A person, an organization or a country may speak ("Russia said"); a place does not. */
    private static void checkSpeaker(long speakerId) {
        // shared: a deletion that would take the entity out waits until this quote refers to it
        List<String> kinds = Statements.column("select kind from entity where id = ?1 for share", String.class, speakerId);
        if (kinds.isEmpty()) {
            throw new BadUserInputException("There is no entity with id " + speakerId);
        }
        if (EntityKind.valueOf(kinds.get(0)) == EntityKind.PLACE) {
            throw new BadUserInputException("Entity " + speakerId + " is a place, and places do not speak");
        }
    }

    @Override
    public Set<EditAction> actions() {
        return Set.of(EditAction.ATTRIBUTION);
    }

    @Override
    public String snapshot(Edit edit) {
        return snapshot(Long.parseLong(edit.subjects().get(0)));
    }

    @Override
    public void restore(Edit edit) {
        Statements.update(RESTORE, edit.before());
    }

    private static String snapshot(long quoteId) {
        return Statements.text(SNAPSHOT, quoteId);
    }
}

package org.newsgraph.extract.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An article's entities, and which entity each of its name tokens belongs to. */
public final class DocumentEntities {

    private final List<DocumentEntity> entities;
    private final Map<Integer, DocumentEntity> byToken = new HashMap<>();
    private final Map<Integer, NameMention> mentionByToken = new HashMap<>();

    DocumentEntities(List<DocumentEntity> entities) {
        this.entities = List.copyOf(entities);
        for (DocumentEntity entity : entities) {
            for (NameMention mention : entity.mentions()) {
                for (int i = mention.first(); i <= mention.last(); i++) {
                    byToken.put(i, entity);
                    mentionByToken.put(i, mention);
                }
            }
        }
    }

    public List<DocumentEntity> all() {
        return entities;
    }

    public DocumentEntity get(int index) {
        return entities.get(index);
    }

    /** The entity a name covering this token belongs to. */
    public Optional<DocumentEntity> at(int tokenIndex) {
        return Optional.ofNullable(byToken.get(tokenIndex));
    }

    /** The mention covering this token. */
    public Optional<NameMention> mentionAt(int tokenIndex) {
        return Optional.ofNullable(mentionByToken.get(tokenIndex));
    }
}

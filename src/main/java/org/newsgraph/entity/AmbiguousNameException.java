package org.newsgraph.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsgraph.graphql.DetailedError;

import io.smallrye.graphql.api.ErrorCode;

/** A name that fits several entities: "Kim" is Kim Jong-un, Kim Yong-nam and Kim Jong-il. */
@ErrorCode("AMBIGUOUS_NAME")
public class AmbiguousNameException extends RuntimeException implements DetailedError {

    private final transient List<NamedEntity> candidates;

    public AmbiguousNameException(String name, List<NamedEntity> candidates) {
        super("\"" + name + "\" could be " + candidates.stream().map(e -> e.name).collect(Collectors.joining(", "))
                + "; give a fuller name or an id");
        this.candidates = candidates;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("candidates", candidates.stream().map(AmbiguousNameException::describe).toList());
    }

    private static Map<String, Object> describe(NamedEntity entity) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("id", String.valueOf(entity.id));
        candidate.put("name", entity.name);
        candidate.put("kind", entity.kind.name());
        return candidate;
    }
}

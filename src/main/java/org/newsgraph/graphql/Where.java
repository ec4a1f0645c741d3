package org.newsgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The where clause of a list query, built from the filters a client gave, with named parameters. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where and(String condition, String name, Object value) {
        return with(name, value).and(condition);
    }

    public Where with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** A copy to add a page's keyset condition to, leaving the filter as it was for the count. */
    public Where copy() {
        Where copy = new Where();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /** " where a and b", or nothing when no filter was given. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}

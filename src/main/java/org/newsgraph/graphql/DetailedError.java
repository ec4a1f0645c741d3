package org.newsgraph.graphql;

import java.util.Map;

/** An exception with more to say than its message, as {@code extensions} entries beside the code. */
public interface DetailedError {

    Map<String, Object> details();
}

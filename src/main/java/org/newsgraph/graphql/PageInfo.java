package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page stands in its connection. Pass endCursor as \"after\" to get the next page.")
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}

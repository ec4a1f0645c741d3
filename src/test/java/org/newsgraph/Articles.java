package org.newsgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ingests test articles through the public mutation. */
final class Articles {

    private Articles() {
    }

    static String ingest(String title, String body, String source, String publishedAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("source", source);
        input.put("publishedAt", publishedAt);
        return GraphQL.data("mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }",
                Map.of("input", input)).getString("ingestArticle.id");
    }

    static int count() {
        return GraphQL.data("{ articles(first: 0) { totalCount } }").getInt("articles.totalCount");
    }

    /** Walks a connection page by page, {@code first} at a time, and returns every node it met. */
    static List<Map<String, Object>> walk(String query, String connection, int first) {
        List<Map<String, Object>> nodes = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", first);
            variables.put("after", after);
            var data = GraphQL.data(query, variables);
            nodes.addAll(data.getList(connection + ".nodes"));
            if (!data.getBoolean(connection + ".pageInfo.hasNextPage")) {
                return nodes;
            }
            after = data.getString(connection + ".pageInfo.endCursor");
        }
        throw new AssertionError("more than 1000 pages: the cursor does not advance");
    }
}

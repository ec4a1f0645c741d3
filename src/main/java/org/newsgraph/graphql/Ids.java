package org.newsgraph.graphql;

/**
 * The one reader of client-sent ids. The API's ids are whole numbers; SmallRye GraphQL would coerce
 * "52.9" or a number past the range of a long into some other id without a word, so ids arrive as
 * strings and are read strictly here.
 */
public final class Ids {

    private Ids() {
    }

    /** The id, or null when none was given. */
    public static Long parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            long value = Long.parseLong(id.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadUserInputException("\"" + id + "\" is not an id: ids are whole numbers, as the API hands them out");
    }
}

package org.newsgraph.corpus;

/** Ids for new rows, from one counter as the service's node sequence gives them: an id names one node. */
final class Ids {

    private long next;

    Ids(long first) {
        this.next = first;
    }

    long next() {
        return next++;
    }

    /** The last id handed out. */
    long last() {
        return next - 1;
    }
}

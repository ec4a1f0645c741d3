package org.newsgraph.embedded;

/** A started embedded server: where to reach it, and how to stop it. Free of zonky's types on purpose. */
record RunningServer(String jdbcUrl, AutoCloseable server) {
}

package org.newsgraph.graphql;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What the service logs at a level or above while it is open: for tests of what an operator would see. */
final class LogRecorder extends Handler implements AutoCloseable {

    private final Level threshold;
    private final List<String> records = new CopyOnWriteArrayList<>();

    private LogRecorder(Level threshold) {
        this.threshold = threshold;
    }

    static LogRecorder from(Level threshold) {
        LogRecorder recorder = new LogRecorder(threshold);
        Logger.getLogger("").addHandler(recorder);
        return recorder;
    }

    /** Each record as "logger: message". */
    List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= threshold.intValue()) {
            records.add(record.getLoggerName() + ": " + record.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}

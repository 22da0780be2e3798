package app.yuedu.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Collects the messages logged under a category while a test runs; close it to stop listening. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String category) {
        logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    public static LogCapture of(Class<?> category) {
        return new LogCapture(category.getName());
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** The messages with the request id the log format puts before them ("req=… "), if any. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        messages.add(message);
        String requestId = record instanceof ExtLogRecord ext ? ext.getMdc(RequestIds.MDC_KEY) : null;
        lines.add((requestId == null ? "" : requestId) + message);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}

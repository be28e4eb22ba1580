package io.unikernelz.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the VM and the embedded contracts write their log lines (go-zenon's log15 loggers {@code module=vm},
 * {@code module=supervisor}, {@code module=embedded contract=…}). The lines are part of go-zenon's test oracle, so a
 * record keeps the message and the key/value context exactly; the sink adds the time and renders logfmt.
 */
@FunctionalInterface
public interface VmLog {
    void write(Record record);

    /** A sink that drops everything. */
    static VmLog discard() {
        return r -> {};
    }

    /** log15 levels with the names logfmt prints. */
    enum Level {
        CRIT("crit"), ERROR("eror"), WARN("warn"), INFO("info"), DEBUG("dbug"), TRACE("trce");

        private final String logfmt;

        Level(String logfmt) {
            this.logfmt = logfmt;
        }

        /** The level as log15's logfmt writes it ({@code lvl=dbug}). */
        public String logfmt() {
            return logfmt;
        }
    }

    /**
     * One line: {@code context} alternates keys and already formatted values, logger context first (e.g.
     * {@code module, embedded, contract, plasma}) then the call's pairs, as log15 orders them.
     */
    record Record(Level level, String message, List<String> context) {
        public Record {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
            context = List.copyOf(context);
            if (context.size() % 2 != 0) throw new IllegalArgumentException("log context needs key/value pairs, got " + context);
        }
    }

    /** A logger with a fixed context prefix, like a log15 child logger ({@code log15.New("module", "embedded")}). */
    final class Logger {
        private final VmLog sink;
        private final List<String> prefix;

        public Logger(VmLog sink, String... prefix) {
            this.sink = Objects.requireNonNull(sink, "sink");
            if (prefix.length % 2 != 0) throw new IllegalArgumentException("logger context needs key/value pairs");
            this.prefix = List.of(prefix);
        }

        /** A child logger with more context (log15 {@code New}). */
        public Logger with(String... more) {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(List.of(more));
            return new Logger(sink, all.toArray(String[]::new));
        }

        public void debug(String message, Object... keyValues) {
            log(Level.DEBUG, message, keyValues);
        }

        public void info(String message, Object... keyValues) {
            log(Level.INFO, message, keyValues);
        }

        public void error(String message, Object... keyValues) {
            log(Level.ERROR, message, keyValues);
        }

        /** Values are rendered with {@link String#valueOf}; pass Go-formatted strings for structs. */
        public void log(Level level, String message, Object... keyValues) {
            if (keyValues.length % 2 != 0) throw new IllegalArgumentException("log call needs key/value pairs: " + message);
            List<String> context = new ArrayList<>(prefix.size() + keyValues.length);
            context.addAll(prefix);
            for (Object o : keyValues) context.add(String.valueOf(o));
            sink.write(new Record(level, message, context));
        }
    }
}

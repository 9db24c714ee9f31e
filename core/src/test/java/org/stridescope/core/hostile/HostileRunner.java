package org.stridescope.core.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.stridescope.core.StridescopeError;

/**
 * Runs hostile cases one at a time, each with a time limit, and classifies what each did: a
 * result, a typed error, or one of the bad outcomes (an internal error, another exception, running
 * out of memory or stack, a timeout, a wrong answer, a changed input file, a left-over temporary
 * file). Counts by family for the report table. Shared by core's suite and the app's view-model one.
 */
public final class HostileRunner implements AutoCloseable {

    public enum Outcome {
        RESULT(false), TYPED_ERROR(false), INTERNAL_ERROR(true), OTHER_EXCEPTION(true), OUT_OF_MEMORY(true),
        STACK_OVERFLOW(true), TIMEOUT(true), WRONG_RESULT(true), CHANGED_INPUT(true), LEFTOVER_FILE(true);

        public final boolean bad;

        Outcome(boolean bad) {
            this.bad = bad;
        }
    }

    private final long timeoutMillis;
    private final Map<String, EnumMap<Outcome, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final List<String> bad = new ArrayList<>();
    /** Every case: family | outcome | name | the error's first line. */
    private final StringBuilder log = new StringBuilder();
    private ExecutorService executor = newExecutor();

    public HostileRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            // the default stack size, as the app's own threads have: a case that recurses too far overflows here too
            Thread t = new Thread(null, r, "hostile-case", 0);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code action}; whatever it returns is a result, an AssertionError a wrong result. */
    public Outcome run(String family, String name, Callable<?> action) {
        long t0 = System.nanoTime();
        Set<String> tempBefore = ourTempFiles();
        lastName = name;
        Outcome o = classify(family, name, action);
        if (!o.bad && !ourTempFiles().equals(tempBefore)) {
            o = note(family, name, Outcome.LEFTOVER_FILE, "temporary files now " + ourTempFiles());
        }
        count(family, o, System.nanoTime() - t0);
        return o;
    }

    /**
     * Writes {@code bytes} to {@code file}, runs {@code action} on it, then checks the file kept its
     * bytes and time stamp and that its folder holds no new file.
     */
    public Outcome runOnFile(String family, String name, Path file, byte[] bytes, Callable<?> action) {
        long t0 = System.nanoTime();
        try {
            Files.write(file, bytes);
            FileTime stamp = Files.getLastModifiedTime(file);
            Set<String> folderBefore = list(file.getParent());
            Set<String> tempBefore = ourTempFiles();
            lastName = name;
            Outcome o = classify(family, name, action);
            if (!o.bad) {
                if (!Arrays.equals(Files.readAllBytes(file), bytes) || !Files.getLastModifiedTime(file).equals(stamp)) {
                    o = note(family, name, Outcome.CHANGED_INPUT, "the file's bytes or time changed");
                } else if (!list(file.getParent()).equals(folderBefore) || !ourTempFiles().equals(tempBefore)) {
                    o = note(family, name, Outcome.LEFTOVER_FILE, "files now " + list(file.getParent())
                            + " " + ourTempFiles());
                }
            }
            Files.deleteIfExists(file);
            count(family, o, System.nanoTime() - t0);
            return o;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String lastMessage = "";
    private String lastName = "";

    private Outcome classify(String family, String name, Callable<?> action) {
        lastMessage = "";
        Future<?> f = executor.submit(() -> {
            try {
                return action.call();
            } catch (OutOfMemoryError | StackOverflowError e) {
                return e; // reported by value: the thread must stay usable
            }
        });
        Object value;
        try {
            value = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            return note(family, name, Outcome.TIMEOUT, "over " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof StridescopeError se) {
                lastMessage = se.toString();
                return se.origin() == StridescopeError.Origin.INTERNAL
                        ? note(family, name, Outcome.INTERNAL_ERROR, describe(se)) : Outcome.TYPED_ERROR;
            }
            if (t instanceof AssertionError) {
                return note(family, name, Outcome.WRONG_RESULT, t.getMessage());
            }
            return note(family, name, Outcome.OTHER_EXCEPTION, describe(t));
        }
        if (value instanceof OutOfMemoryError) {
            return note(family, name, Outcome.OUT_OF_MEMORY, "");
        }
        if (value instanceof StackOverflowError) {
            return note(family, name, Outcome.STACK_OVERFLOW, "");
        }
        return Outcome.RESULT;
    }

    private static String describe(Throwable t) {
        Throwable c = t.getCause() != null ? t.getCause() : t;
        StackTraceElement[] st = c.getStackTrace();
        return t + (st.length > 0 ? " at " + st[0] : "");
    }

    /** At most 160 characters, control characters and lone surrogates escaped: one printable line. */
    private static String name(String name) {
        String cut = name.length() > 160 ? name.substring(0, 160) + "..." : name;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cut.length(); k++) {
            char c = cut.charAt(k);
            sb.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private Outcome note(String family, String name, Outcome o, String why) {
        String n = name(name);
        bad.add(family + " | " + o + " | " + n + " | " + why);
        return o;
    }

    private void count(String family, Outcome o, long elapsed) {
        String n = name(lastName);
        log.append(family).append(" | ").append(o).append(" | ").append(elapsed / 1_000_000).append(" ms | ").append(n).append(" | ")
                .append(name(lastMessage)).append('\n');
        counts.computeIfAbsent(family, k -> new EnumMap<>(Outcome.class)).merge(o, 1, Integer::sum);
        nanos.merge(family, elapsed, Long::sum);
    }

    /** One line a case: family | outcome | name | the typed error. */
    public String caseLog() {
        return log.toString();
    }

    public List<String> badCases() {
        return bad;
    }

    /**
     * For a case that must give {@code expected} (null: any bytes will do): an AssertionError, so
     * a wrong result, if {@code source} holds other bytes.
     */
    public static void checkHolds(org.stridescope.core.buffer.ByteSource source, byte[] expected, String what) {
        if (expected == null) {
            return;
        }
        byte[] got = new byte[(int) Math.min(source.size(), expected.length)];
        source.read(0, got, 0, got.length);
        if (source.size() != expected.length || !Arrays.equals(got, expected)) {
            throw new AssertionError(what + " differ: " + source.size() + " bytes, " + expected.length + " expected");
        }
    }

    /** The bad cases of {@code family}, one line each: what a suite asserts is empty. */
    public List<String> badCasesOf(String family) {
        return bad.stream().filter(b -> b.startsWith(family + " |")).toList();
    }

    /**
     * Prints the report, writes it to {@code target/NAME-report.txt} and every case to
     * {@code target/NAME-cases.txt}, and stops the case thread.
     */
    public void finish(String name) throws IOException {
        String report = report();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + "-report.txt"), report);
        Files.writeString(Path.of("target", name + "-cases.txt"), caseLog());
        close();
    }

    public long total(Outcome o) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(o, 0)).sum();
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
    }

    /** The table, the total and the bad cases one a line. */
    public String report() {
        return table() + "total " + total() + " cases, heap at most " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB\n" + String.join("\n", bad) + (bad.isEmpty() ? "" : "\n");
    }

    /** family | cases | results | typed errors | bad (which) | seconds. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-22s | %6s | %7s | %12s | %3s | %s%n", "family", "cases",
                "results", "typed errors", "bad", "seconds"));
        for (var e : counts.entrySet()) {
            EnumMap<Outcome, Integer> m = e.getValue();
            int cases = m.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder badKinds = new StringBuilder();
            int badCount = 0;
            for (var o : m.entrySet()) {
                if (o.getKey().bad) {
                    badCount += o.getValue();
                    badKinds.append(' ').append(o.getKey()).append('=').append(o.getValue());
                }
            }
            sb.append(String.format("%-22s | %6d | %7d | %12d | %3d%s | %.1f%n", e.getKey(), cases,
                    m.getOrDefault(Outcome.RESULT, 0), m.getOrDefault(Outcome.TYPED_ERROR, 0), badCount, badKinds,
                    nanos.get(e.getKey()) / 1e9));
        }
        return sb.toString();
    }

    /** Temporary files this process made (LeftoverFiles names them with its id). */
    private static Set<String> ourTempFiles() {
        String prefix = "stridescope-" + ProcessHandle.current().pid() + "-";
        Set<String> out = new TreeSet<>();
        for (String name : list(Path.of(System.getProperty("java.io.tmpdir")))) {
            if (name.startsWith(prefix) || name.startsWith("." + prefix)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Set<String> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            Set<String> out = new TreeSet<>();
            s.forEach(p -> out.add(p.getFileName().toString()));
            return out;
        } catch (IOException e) {
            return Set.of();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

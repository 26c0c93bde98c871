import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The latencies and errors of a run, by action. */
final class Stats {
    /** Every action's times, in microseconds. */
    final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    /** The same, for the actions done once every learner had logged in (after the ramp). */
    final Map<String, ConcurrentLinkedQueue<Long>> steadyMicros = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    final AtomicLong confirmed = new AtomicLong();
    final AtomicLong confirmedSteady = new AtomicLong();
    volatile long steadyFrom = Long.MAX_VALUE;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong loggedIn = new AtomicLong();

    void time(String action, long nanos) {
        micros.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
        if (System.nanoTime() >= steadyFrom) {
            steadyMicros.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
        }
    }

    void confirmed() {
        confirmed.incrementAndGet();
        if (System.nanoTime() >= steadyFrom) {
            confirmedSteady.incrementAndGet();
        }
    }

    void error(String kind, String detail) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (samples.size() < 20) {
            samples.add(kind + ": " + detail);
        }
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** A table of the actions, those named first in their order, then the others by name. */
    void print(List<String> order) {
        print(order, micros);
    }

    void printSteady(List<String> order) {
        print(order.stream().filter(steadyMicros::containsKey).toList(), steadyMicros);
    }

    private static void print(List<String> order, Map<String, ConcurrentLinkedQueue<Long>> times) {
        System.out.printf("%-13s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<String> actions = new ArrayList<>(order);
        times.keySet().stream().filter(a -> !actions.contains(a)).sorted().forEach(actions::add);
        for (String action : actions) {
            long[] values = sorted(times, action);
            if (values.length == 0) {
                System.out.printf("%-13s %8d %9s %9s %9s %9s%n", action, 0, "-", "-", "-", "-");
                continue;
            }
            System.out.printf("%-13s %8d %9.1f %9.1f %9.1f %9.1f%n", action, values.length, pct(values, 50),
                    pct(values, 95), pct(values, 99), values[values.length - 1] / 1000.0);
        }
    }

    double percentile(String action, double p) {
        long[] values = sorted(micros, action);
        return values.length == 0 ? Double.NaN : pct(values, p);
    }

    double steadyPercentile(String action, double p) {
        long[] values = sorted(steadyMicros, action);
        return values.length == 0 ? Double.NaN : pct(values, p);
    }

    private static long[] sorted(Map<String, ConcurrentLinkedQueue<Long>> times, String action) {
        return Optional.ofNullable(times.get(action)).map(q -> q.stream().mapToLong(Long::longValue).sorted().toArray())
                .orElse(new long[0]);
    }

    static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}

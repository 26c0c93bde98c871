import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The latencies and errors of a run, by action. */
final class Stats {
    final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    final AtomicLong confirmed = new AtomicLong();
    /** Answers confirmed once every learner has logged in (after the ramp), for the steady rate. */
    final AtomicLong confirmedSteady = new AtomicLong();
    volatile long steadyFrom = Long.MAX_VALUE;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong loggedIn = new AtomicLong();

    void time(String action, long nanos) {
        micros.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
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

    void print(List<String> order) {
        System.out.printf("%-10s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<String> actions = new ArrayList<>(order);
        micros.keySet().stream().filter(a -> !actions.contains(a)).sorted().forEach(actions::add);
        for (String action : actions) {
            long[] values = Optional.ofNullable(micros.get(action)).map(q -> q.stream().mapToLong(Long::longValue).toArray())
                    .orElse(new long[0]);
            Arrays.sort(values);
            if (values.length == 0) {
                System.out.printf("%-10s %8d %9s %9s %9s %9s%n", action, 0, "-", "-", "-", "-");
                continue;
            }
            System.out.printf("%-10s %8d %9.1f %9.1f %9.1f %9.1f%n", action, values.length, pct(values, 50),
                    pct(values, 95), pct(values, 99), values[values.length - 1] / 1000.0);
        }
    }

    double percentile(String action, double p) {
        long[] values = Optional.ofNullable(micros.get(action)).map(q -> q.stream().mapToLong(Long::longValue).sorted().toArray())
                .orElse(new long[0]);
        return values.length == 0 ? Double.NaN : pct(values, p);
    }

    static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}

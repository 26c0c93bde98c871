import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prepares the accounts, lets the learners log in over the ramp and practise until the end, and reports. */
record Run(String base, int learners, Duration length, Duration ramp, Optional<Long> server) {
    static final String PREFIX = "load-";

    void go() throws Exception {
        String[] think = System.getProperty("think", "3-8").split("-");
        long thinkMin = (long) (Double.parseDouble(think[0]) * 1000);
        long thinkMax = (long) (Double.parseDouble(think[think.length - 1]) * 1000);
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        try (ExecutorService io = Executors.newVirtualThreadPerTaskExecutor(); HttpClient http = Browser.client(io)) {
            Stats preparing = new Stats();
            List<Learner> all = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                all.add(new Learner(PREFIX + tag + "-" + i, preparing, http, thinkMin, thinkMax));
            }
            long prepareStart = System.nanoTime();
            Semaphore parallel = new Semaphore(Integer.getInteger("prepare", 4));
            CountDownLatch registered = new CountDownLatch(learners);
            for (Learner learner : all) {
                Thread.ofVirtual().start(() -> {
                    try {
                        parallel.acquireUninterruptibly();
                        learner.register(base);
                    } catch (RuntimeException e) {
                        preparing.error(e instanceof Failure f ? f.kind : e.getClass().getSimpleName(), e.getMessage());
                    } finally {
                        parallel.release();
                        registered.countDown();
                    }
                });
            }
            registered.await();
            System.out.printf("Prepared %d accounts in %.1f s (%d errors)%n", learners,
                    (System.nanoTime() - prepareStart) / 1e9, preparing.errorCount());
            preparing.print(List.of("register"));
            preparing.samples.forEach(sample -> System.out.println("  " + sample));
            Optional<Long> heapBefore = server.flatMap(Run::liveHeap);

            Stats stats = new Stats();
            List<Learner> running = all.stream().map(l -> new Learner(l.name, stats, http, thinkMin, thinkMax)).toList();
            long begin = System.nanoTime();
            long end = begin + length.toNanos();
            stats.steadyFrom = begin + ramp.toNanos();
            String loadBefore = loadAverage();
            long[] cpuBefore = server.map(Run::cpuTicks).orElse(null);
            long[] selfBefore = cpuTicks(ProcessHandle.current().pid());
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                Learner learner = running.get(i);
                long offset = learners == 1 ? 0 : ramp.toNanos() * i / learners;
                threads.add(Thread.ofVirtual().start(() -> practise(learner, begin + offset, end)));
            }
            Thread timeline = Thread.ofVirtual().start(() -> timeline(stats, begin, end));
            for (Thread thread : threads) {
                thread.join();
            }
            timeline.interrupt();
            timeline.join();
            double seconds = (System.nanoTime() - begin) / 1e9;
            long[] cpuAfter = server.map(Run::cpuTicks).orElse(null);
            long[] selfAfter = cpuTicks(ProcessHandle.current().pid());
            Optional<Long> heapLive = server.flatMap(Run::liveHeap);

            System.out.printf("%n%d learners, %.0f s, logging in over %d s, think %s s, timed sessions (the form's defaults)%n",
                    learners, seconds, ramp.toSeconds(), System.getProperty("think", "3-8"));
            stats.print(List.of("login", "login:page", "login:form", "login:home", "open", "start", "choose", "answer", "next", "result", "echo", "sync", "heartbeat"));
            double answersPerSecond = stats.confirmed.get() / seconds;
            double steadySeconds = seconds - ramp.toSeconds();
            System.out.printf("answers confirmed by the feedback: %d (%.1f a second; %s once all had logged in); requests %d (%.1f a second)%n",
                    stats.confirmed.get(), answersPerSecond,
                    steadySeconds > 0 ? String.format("%.1f a second", stats.confirmedSteady.get() / steadySeconds) : "-",
                    stats.requests.get(), stats.requests.get() / seconds);
            System.out.printf("errors: %d %s%n", stats.errorCount(), stats.errors);
            stats.samples.forEach(sample -> System.out.println("  " + sample));
            String cpu = "-";
            if (cpuBefore != null && cpuAfter != null) {
                cpu = String.format("%.2f", (cpuAfter[0] - cpuBefore[0]) / 100.0 / seconds);
                System.out.printf("server CPU: %s cores on average; this driver: %.2f cores%n", cpu,
                        (selfAfter[0] - selfBefore[0]) / 100.0 / seconds);
            }
            System.out.printf("machine: %d cores, load average (1 minute) %s at the start, %s at the end%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            heapBefore.ifPresent(before -> System.out.printf("server heap after a full GC: %d MB before the learners logged in%n",
                    before / 1024 / 1024));
            heapLive.ifPresent(live -> System.out.printf("server heap after a full GC: %d MB with %d learners logged in (%s KB a learner)%n",
                    live / 1024 / 1024, learners, heapBefore.map(b -> String.valueOf((live - b) / 1024 / learners)).orElse("?")));
            System.out.printf(java.util.Locale.ROOT, "RESULT learners=%d seconds=%.0f confirmed=%d answers_per_s=%.1f answer_p50_ms=%.1f answer_p99_ms=%.1f "
                            + "login_p99_ms=%.1f start_p99_ms=%.1f errors=%d server_cores=%s heap_live_mb=%s%n",
                    learners, seconds, stats.confirmed.get(), answersPerSecond, percentile(stats, "answer", 50),
                    percentile(stats, "answer", 99), percentile(stats, "login", 99), percentile(stats, "start", 99),
                    stats.errorCount(), cpu, heapLive.map(h -> String.valueOf(h / 1024 / 1024)).orElse("-"));
        }
    }

    /** Every 10 seconds: the learners logged in, answers and requests a second, the server's cores, the load average. */
    void timeline(Stats stats, long begin, long end) {
        long[] cpu = server.map(Run::cpuTicks).orElse(null);
        long answers = 0;
        long requests = 0;
        long last = System.nanoTime();
        System.out.printf("%6s %10s %10s %11s %13s %8s%n", "time s", "logged in", "answers/s", "requests/s", "server cores", "load");
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double seconds = (now - last) / 1e9;
            long[] cpuNow = server.map(Run::cpuTicks).orElse(null);
            System.out.printf("%6.0f %10d %10.1f %11.1f %13s %8s%n", (now - begin) / 1e9, stats.loggedIn.get(),
                    (stats.confirmed.get() - answers) / seconds, (stats.requests.get() - requests) / seconds,
                    cpu == null || cpuNow == null ? "-" : String.format("%.2f", (cpuNow[0] - cpu[0]) / 100.0 / seconds),
                    loadAverage());
            cpu = cpuNow;
            answers = stats.confirmed.get();
            requests = stats.requests.get();
            last = now;
        }
    }

    static double percentile(Stats stats, String action, double p) {
        long[] values = Optional.ofNullable(stats.micros.get(action)).map(q -> q.stream().mapToLong(Long::longValue).sorted().toArray())
                .orElse(new long[0]);
        return values.length == 0 ? Double.NaN : Stats.pct(values, p);
    }

    /** One learner until the end: log in at its moment, then practise; after a failure, the practice page again. */
    void practise(Learner learner, long at, long end) {
        sleepUntil(at);
        learner.until = end;
        Stats stats = learner.stats;
        boolean loggedIn = false;
        while (System.nanoTime() < end) {
            try {
                if (!loggedIn) {
                    learner.logIn(base);
                    loggedIn = true;
                    learner.think();
                    learner.openPractice();
                    learner.think();
                    learner.start();
                }
                while (System.nanoTime() < end) {
                    learner.think();
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    if (!learner.answerOne()) {
                        learner.next();
                        continue;
                    }
                    learner.think();
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    learner.next();
                }
            } catch (Failure failure) {
                stats.error(failure.kind, learner.name + ": " + failure.getMessage());
                if (failure.kind.equals("interrupted")) {
                    return;
                }
                // as a learner would: load the practice page again (or log in again when the session is gone)
                loggedIn = recover(learner, stats);
            } catch (RuntimeException e) {
                stats.error(e.getClass().getSimpleName(), learner.name + ": " + e.getMessage());
                loggedIn = recover(learner, stats);
            }
        }
    }

    boolean recover(Learner learner, Stats stats) {
        try {
            learner.think();
            learner.browser.open("/practice");
            if (learner.browser.tree.withClass("signed-in-user").isEmpty()) {
                return false;
            }
            learner.start();
            return true;
        } catch (RuntimeException again) {
            stats.error("recover", learner.name + ": " + again.getMessage());
            return false;
        }
    }

    static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** User and system CPU of a process so far, in clock ticks (100 a second), from /proc/PID/stat. */
    static long[] cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The heap in use after a full collection, as jcmd reports it. */
    static Optional<Long> liveHeap(long pid) {
        String jcmd = System.getProperty("jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        try {
            run(jcmd, String.valueOf(pid), "GC.run");
            String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
            Matcher used = Pattern.compile("heap .*?used (\\d+)K").matcher(info);
            return used.find() ? Optional.of(Long.parseLong(used.group(1)) * 1024) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

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
            List<Learner> accounts = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                accounts.add(new Learner(PREFIX + tag + "-" + i, preparing, http, thinkMin, thinkMax));
            }
            register(accounts, preparing);
            Optional<Long> heapBefore = server.flatMap(Probe::liveHeap);

            Stats stats = new Stats();
            List<Learner> running = accounts.stream().map(l -> new Learner(l.name, stats, http, thinkMin, thinkMax)).toList();
            long begin = System.nanoTime();
            long beginMillis = System.currentTimeMillis();
            long end = begin + length.toNanos();
            stats.steadyFrom = begin + ramp.toNanos();
            String loadBefore = Probe.loadAverage();
            Optional<Long> cpuBefore = server.flatMap(Probe::cpuTicks);
            Optional<Long> selfBefore = Probe.cpuTicks(ProcessHandle.current().pid());
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
            // for the server's own times in its access log, over the same window
            System.out.printf("WINDOW %d %d%n", beginMillis, System.currentTimeMillis());
            String cores = cores(cpuBefore, server.flatMap(Probe::cpuTicks), seconds);
            String driverCores = cores(selfBefore, Probe.cpuTicks(ProcessHandle.current().pid()), seconds);
            System.gc();
            long driverHeap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024;
            System.out.printf("(this driver holds %d MB after a GC, %d learners' pages)%n", driverHeap, running.size());
            String loadAfter = Probe.loadAverage();
            Optional<Long> heapLive = server.flatMap(Probe::liveHeap);
            report(stats, seconds, cores, driverCores, loadBefore + " at the start, " + loadAfter + " at the end", heapBefore, heapLive);
        }
    }

    /** Registers every account on the registration page, a few at a time, before the run. */
    void register(List<Learner> accounts, Stats preparing) throws InterruptedException {
        long start = System.nanoTime();
        Semaphore parallel = new Semaphore(Integer.getInteger("prepare", 4));
        CountDownLatch registered = new CountDownLatch(accounts.size());
        for (Learner learner : accounts) {
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
        System.out.printf("Prepared %d accounts in %.1f s (%d errors)%n", accounts.size(),
                (System.nanoTime() - start) / 1e9, preparing.errorCount());
        preparing.print(List.of("register"));
        preparing.samples.forEach(sample -> System.out.println("  " + sample));
    }

    static String cores(Optional<Long> before, Optional<Long> after, double seconds) {
        return before.isPresent() && after.isPresent()
                ? String.format(Locale.ROOT, "%.2f", (after.get() - before.get()) / 100.0 / seconds) : "-";
    }

    void report(Stats stats, double seconds, String cores, String driverCores, String load, Optional<Long> heapBefore,
                Optional<Long> heapLive) {
        String limit = System.getProperty("limit", "");
        System.out.printf("%n%d learners, %.0f s, logging in over %d s, think %s s, time limit: %s%n",
                learners, seconds, ramp.toSeconds(), System.getProperty("think", "3-8"),
                limit.isEmpty() ? "the form's default (10 minutes)" : limit.equals("0") ? "untimed" : limit + " minutes");
        stats.print(List.of("login", "login:page", "login:form", "login:home", "open", "start", "choose", "answer", "next",
                "result", "echo", "sync", "heartbeat"));
        if (ramp.toNanos() < length.toNanos()) {
            System.out.printf("once every learner had logged in (the last %.0f s):%n", seconds - ramp.toSeconds());
            stats.printSteady(List.of("choose", "answer", "next", "result", "start", "echo", "sync", "heartbeat"));
        }
        double answersPerSecond = stats.confirmed.get() / seconds;
        double steadySeconds = seconds - ramp.toSeconds();
        System.out.printf("answers confirmed by the feedback: %d (%.1f a second; %s once all had logged in); requests %d (%.1f a second)%n",
                stats.confirmed.get(), answersPerSecond,
                steadySeconds > 0 ? String.format("%.1f a second", stats.confirmedSteady.get() / steadySeconds) : "-",
                stats.requests.get(), stats.requests.get() / seconds);
        System.out.printf("errors: %d %s%n", stats.errorCount(), stats.errors);
        stats.samples.forEach(sample -> System.out.println("  " + sample));
        System.out.printf("server CPU: %s cores on average; this driver: %s cores%n", cores, driverCores);
        System.out.printf("machine: %d cores, load average (1 minute) %s%n", Runtime.getRuntime().availableProcessors(), load);
        heapBefore.ifPresent(before -> System.out.printf("server heap after a full GC: %d MB before the learners logged in%n",
                before / 1024 / 1024));
        heapLive.ifPresent(live -> System.out.printf("server heap after a full GC: %d MB with %d learners logged in (%s KB a learner)%n",
                live / 1024 / 1024, learners, heapBefore.map(b -> String.valueOf((live - b) / 1024 / learners)).orElse("?")));
        System.out.printf(Locale.ROOT, "RESULT learners=%d seconds=%.0f confirmed=%d answers_per_s=%.1f answer_p50_ms=%.1f "
                        + "answer_p99_ms=%.1f steady_answer_p99_ms=%.1f login_p99_ms=%.1f start_p99_ms=%.1f errors=%d server_cores=%s "
                        + "heap_live_mb=%s%n",
                learners, seconds, stats.confirmed.get(), answersPerSecond, stats.percentile("answer", 50),
                stats.percentile("answer", 99), stats.steadyPercentile("answer", 99), stats.percentile("login", 99),
                stats.percentile("start", 99),
                stats.errorCount(), cores, heapLive.map(h -> String.valueOf(h / 1024 / 1024)).orElse("-"));
    }

    /** Every 10 seconds: the learners logged in, answers and requests a second, the server's cores, the load average. */
    void timeline(Stats stats, long begin, long end) {
        Optional<Long> cpu = server.flatMap(Probe::cpuTicks);
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
            Optional<Long> cpuNow = server.flatMap(Probe::cpuTicks);
            System.out.printf("%6.0f %10d %10.1f %11.1f %13s %8s%n", (now - begin) / 1e9, stats.loggedIn.get(),
                    (stats.confirmed.get() - answers) / seconds, (stats.requests.get() - requests) / seconds,
                    cores(cpu, cpuNow, seconds), Probe.loadAverage());
            cpu = cpuNow;
            answers = stats.confirmed.get();
            requests = stats.requests.get();
            last = now;
        }
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
}

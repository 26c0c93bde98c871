package org.cstoquiz.engine.benchmark;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs every JMH benchmark of this package; the build runs it only in the {@code benchmark} profile. */
class RunBenchmarks {

    @Test
    void run() throws RunnerException {
        new Runner(new OptionsBuilder().include(RunBenchmarks.class.getPackageName() + ".*").build()).run();
    }
}

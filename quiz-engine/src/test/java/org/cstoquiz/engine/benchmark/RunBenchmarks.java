package org.cstoquiz.engine.benchmark;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every JMH benchmark of this package, or those whose name matches {@code -Djmh.include=REGEX}
 * ({@code -Djmh.include=PdfBenchmark}); the build runs it only in the {@code benchmark} profile.
 */
class RunBenchmarks {

    @Test
    void run() throws RunnerException {
        String include = System.getProperty("jmh.include", RunBenchmarks.class.getPackageName() + ".*");
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}

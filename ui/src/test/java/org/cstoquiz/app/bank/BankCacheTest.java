package org.cstoquiz.app.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/** The bank cache: one generation per seed, and a bank being generated holds up no caller of another. */
class BankCacheTest {

    private final Cache banks = new BankCache().cacheManager().getCache(BankCache.BANKS);

    @Test
    void whileOneBankIsGeneratedAnotherCanBeHad() throws Exception {
        CountDownLatch generating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> banks.get(1L, () -> {
                generating.countDown();
                release.await();
                return "bank 1";
            }), threads);
            assertThat(generating.await(30, TimeUnit.SECONDS)).as("the first generation started").isTrue();

            String other = CompletableFuture.supplyAsync(() -> banks.get(2L, () -> "bank 2"), threads)
                    .get(30, TimeUnit.SECONDS);

            assertThat(other).isEqualTo("bank 2");
            assertThat(slow).isNotDone();
            release.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo("bank 1");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aBankIsGeneratedOnceAndKeptForTheNextCallers() {
        AtomicInteger generated = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(banks.get(7L, () -> "bank 7 #" + generated.incrementAndGet())).isEqualTo("bank 7 #1");
        }
        assertThat(generated).hasValue(1);
        CacheManager manager = new BankCache().cacheManager();
        assertThat(manager.getCacheNames()).containsExactly(BankCache.BANKS);
    }
}

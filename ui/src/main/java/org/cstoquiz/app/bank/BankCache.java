package org.cstoquiz.app.bank;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.Executors;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The generated question banks, kept by seed: the last {@value #BANKS_KEPT} used. A bank is generated
 * once however many ask for it at the same time; the cache is asynchronous and generates each bank on
 * a virtual thread of its own, so while one bank is generated, callers of another are not held up
 * (the common pool Caffeine would use has one worker on a two-core machine).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class BankCache {

    static final String BANKS = "question-banks";
    static final int BANKS_KEPT = 4;

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager(BANKS);
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(BANKS_KEPT)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .recordStats());
        manager.setAsyncCacheMode(true);
        return manager;
    }
}

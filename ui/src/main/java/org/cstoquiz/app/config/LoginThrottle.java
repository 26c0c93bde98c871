package org.cstoquiz.app.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cstoquiz.app.account.UserNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down (OWASP ASVS 2.2.1): failed logins are counted per account and per
 * client address, each in a token bucket. While either bucket is empty, logins for that account or
 * from that address are refused before the password is checked, with the time to wait; the buckets
 * refill steadily, so the real user is never locked out for good. By default an account takes 10
 * failures and then one more a minute; an address 50, then one more every 12 seconds. The counts
 * are kept in this instance's memory (several instances each count their own).
 */
@Component
public class LoginThrottle {

    private final Limit perAccount;
    private final Limit perAddress;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts = buckets();
    private final Cache<String, Bucket> addresses = buckets();

    record Limit(int failures, Duration refillEach) {
    }

    LoginThrottle(@Value("${csto-quiz.login.failures-per-account:10}") int accountFailures,
                  @Value("${csto-quiz.login.account-refill-every:PT1M}") Duration accountRefill,
                  @Value("${csto-quiz.login.failures-per-address:50}") int addressFailures,
                  @Value("${csto-quiz.login.address-refill-every:PT12S}") Duration addressRefill,
                  Clock clock) {
        this.perAccount = new Limit(accountFailures, accountRefill);
        this.perAddress = new Limit(addressFailures, addressRefill);
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
    }

    /** How long to wait before a login for this account from this address is tried; empty when it may be tried now. */
    public Optional<Duration> wait(String username, String address) {
        long nanos = Math.max(waitNanos(accounts, key(username)), waitNanos(addresses, address));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** Counts a failed login against the account and the address. */
    public void failed(String username, String address) {
        accounts.get(key(username), k -> bucket(perAccount)).tryConsume(1);
        if (address != null) {
            addresses.get(address, k -> bucket(perAddress)).tryConsume(1);
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String address = failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        failed(failure.getAuthentication().getName(), address);
    }

    private long waitNanos(Cache<String, Bucket> buckets, String key) {
        if (key == null) {
            return 0;
        }
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.failures())
                        .refillGreedy(1, limit.refillEach()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static String key(String username) {
        return username == null ? "" : UserNames.key(username);
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password checks per second with Argon2id at several of OWASP's equivalent costs, on as many
 * threads as the machine has cores. Run by password-checks.sh.
 */
public class PasswordChecks {

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int[][] costs = {{19 * 1024, 2}, {12 * 1024, 3}, {9 * 1024, 4}, {7 * 1024, 5}};
        String password = "plum orchard lantern 1992";
        System.out.printf("%d threads, %d checks per cost%n", threads, checks);
        for (int[] cost : costs) {
            var encoder = new Argon2PasswordEncoder(16, 32, 1, cost[0], cost[1]);
            String hash = encoder.encode(password);
            for (int i = 0; i < 20; i++) {
                encoder.matches(password, hash);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                done.add(pool.submit(() -> encoder.matches(password, hash)));
            }
            for (Future<Boolean> check : done) {
                check.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("m=%2d MiB t=%d: %5.1f checks/s (%.1f ms each on one core)%n",
                    cost[0] / 1024, cost[1], checks / seconds, seconds * 1000 * threads / checks);
        }
    }
}

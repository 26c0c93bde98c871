import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the run reads about the server's process and the machine. */
final class Probe {

    private static final Pattern HEAP_USED = Pattern.compile("heap .*?used (\\d+)K");

    private Probe() {
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** User and system CPU of a process so far, in clock ticks (100 a second), from /proc/PID/stat. */
    static Optional<Long> cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The heap in use after a full collection, as jcmd reports it. */
    static Optional<Long> liveHeap(long pid) {
        String jcmd = System.getProperty("jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        try {
            run(jcmd, String.valueOf(pid), "GC.run");
            Matcher used = HEAP_USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
            return used.find() ? Optional.of(Long.parseLong(used.group(1)) * 1024) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}

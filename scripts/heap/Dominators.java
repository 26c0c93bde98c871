import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What holds the heap: reads a heap dump (HPROF, as {@code jcmd PID GC.heap_dump FILE} writes it),
 * computes its dominator tree (Lengauer–Tarjan) and prints
 * <ul>
 * <li>the retained size of the sessions, Vaadin sessions and UIs in it (count, KB each);</li>
 * <li>the heap by owner: every object is counted once, under the nearest object that dominates it
 * and whose class is not a JDK class or an array (so a {@code byte[]} of a string held in a map of
 * a UI counts under the UI's class), as "owner class ← object class";</li>
 * <li>for the largest owners of {@code byte[]}, the beginning of their largest strings.</li>
 * </ul>
 * Given a second dump and the learners in each, it prints the growth per learner between them
 * instead of absolute figures.
 *
 * <p>To follow one lead further: {@code -Dwho=CLASS} groups the outermost objects of a class by what dominates
 * them and prints who refers to the largest; {@code -Dreferrers=TEXT} prints who refers to the largest
 * strings that begin with TEXT; {@code -Dcomponents=PREFIX,...} counts the instances of the classes so
 * named (per learner, given two dumps), e.g. {@code com.vaadin.flow.component.,org.cstoquiz.app.}.
 *
 * <p>Usage: java -Xmx6g scripts/heap/Dominators.java DUMP [LEARNERS BASE_DUMP BASE_LEARNERS]
 * <br>e.g. after {@code HEAP_DUMP_DIR=/tmp/dumps scripts/heap/run.sh 0 30}:
 * {@code java -Xmx6g scripts/heap/Dominators.java /tmp/dumps/heap-30.hprof 30 /tmp/dumps/heap-0.hprof 0}
 * <br>Sizes are estimated for a 64-bit JVM with compressed references (12-byte headers, 4-byte references).
 */
public class Dominators {

    public static void main(String[] args) throws IOException {
        Dump dump = Dump.read(Path.of(args[0]));
        Analysis now = new Analysis(dump);
        if (args.length < 4) {
            now.print(null, 1);
            return;
        }
        int learners = Integer.parseInt(args[1]);
        Analysis base = new Analysis(Dump.read(Path.of(args[2])));
        int baseLearners = Integer.parseInt(args[3]);
        now.print(base, learners - baseLearners);
    }

    /** The objects of a dump: per object its class, shallow size and references, by index. */
    static final class Dump {
        int idSize;
        final Map<Long, String> strings = new HashMap<>();
        final Map<Long, String> classNames = new HashMap<>();
        final Map<Long, long[]> classInfo = new HashMap<>(); // class id -> {super id, instance field count}
        final Map<Long, byte[]> fieldTypes = new HashMap<>();
        final LongIntMap index = new LongIntMap(1 << 22);
        long[] ids = new long[1 << 20];
        long[] classOf = new long[1 << 20];
        int[] size = new int[1 << 20];
        long[] where = new long[1 << 20]; // position of the record, for reading references later
        byte[] kind = new byte[1 << 20];
        int count;
        final List<Long> roots = new ArrayList<>();
        ByteBuffer buf;

        static final byte INSTANCE = 1, OBJ_ARRAY = 2, PRIM_ARRAY = 3, CLASS = 4;

        static Dump read(Path file) throws IOException {
            Dump d = new Dump();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                if (channel.size() > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("dumps over 2 GB are not read");
                }
                d.buf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
            d.parse();
            return d;
        }

        long id() {
            return idSize == 8 ? buf.getLong() : buf.getInt() & 0xffffffffL;
        }

        void parse() {
            while (buf.get() != 0) {
                // "JAVA PROFILE 1.0.2"
            }
            idSize = buf.getInt();
            buf.getLong();
            while (buf.hasRemaining()) {
                int tag = buf.get() & 0xff;
                buf.getInt();
                long length = buf.getInt() & 0xffffffffL;
                int end = (int) (buf.position() + length);
                switch (tag) {
                    case 0x01 -> {
                        long id = id();
                        byte[] chars = new byte[end - buf.position()];
                        buf.get(chars);
                        strings.put(id, new String(chars, StandardCharsets.UTF_8));
                    }
                    case 0x02 -> {
                        buf.getInt();
                        long classId = id();
                        buf.getInt();
                        classNames.put(classId, strings.getOrDefault(id(), "?").replace('/', '.'));
                    }
                    case 0x0C, 0x1C -> heapDump(end);
                    default -> { }
                }
                buf.position(end);
            }
        }

        void heapDump(int end) {
            while (buf.position() < end) {
                int sub = buf.get() & 0xff;
                switch (sub) {
                    case 0xFF, 0x05, 0x07 -> roots.add(id());
                    case 0x01 -> { roots.add(id()); id(); }
                    case 0x02, 0x03, 0x08 -> { roots.add(id()); buf.getInt(); buf.getInt(); }
                    case 0x04, 0x06 -> { roots.add(id()); buf.getInt(); }
                    case 0x20 -> classDump();
                    case 0x21 -> {
                        int at = buf.position();
                        long id = id();
                        buf.getInt();
                        long cls = id();
                        int len = buf.getInt();
                        add(id, cls, 0, at, INSTANCE);
                        buf.position(buf.position() + len);
                    }
                    case 0x22 -> {
                        int at = buf.position();
                        long id = id();
                        buf.getInt();
                        int n = buf.getInt();
                        long cls = id();
                        add(id, cls, align(16 + 4L * n), at, OBJ_ARRAY);
                        buf.position(buf.position() + n * idSize);
                    }
                    case 0x23 -> {
                        int at = buf.position();
                        long id = id();
                        buf.getInt();
                        int n = buf.getInt();
                        int type = buf.get();
                        int width = width(type);
                        add(id, -type, align(16 + (long) width * n), at, PRIM_ARRAY);
                        buf.position(buf.position() + n * width);
                    }
                    default -> throw new IllegalStateException("unknown heap dump record 0x" + Integer.toHexString(sub)
                            + " at " + (buf.position() - 1));
                }
            }
        }

        void classDump() {
            int at = buf.position();
            long id = id();
            buf.getInt();
            long superId = id();
            for (int i = 0; i < 5; i++) {
                id();
            }
            buf.getInt();
            int constants = buf.getShort() & 0xffff;
            for (int i = 0; i < constants; i++) {
                buf.getShort();
                skipValue(buf.get());
            }
            int statics = buf.getShort() & 0xffff;
            for (int i = 0; i < statics; i++) {
                id();
                skipValue(buf.get());
            }
            int fields = buf.getShort() & 0xffff;
            byte[] types = new byte[fields];
            for (int i = 0; i < fields; i++) {
                id();
                types[i] = buf.get();
            }
            fieldTypes.put(id, types);
            classInfo.put(id, new long[] {superId});
            add(id, 0, 64, at, CLASS);
        }

        void skipValue(int type) {
            buf.position(buf.position() + (type == 2 ? idSize : width(type)));
        }

        static int width(int type) {
            return switch (type) {
                case 2 -> 4;
                case 4, 8 -> 1;
                case 5, 9 -> 2;
                case 6, 10 -> 4;
                case 7, 11 -> 8;
                default -> throw new IllegalStateException("type " + type);
            };
        }

        static int align(long bytes) {
            return (int) ((bytes + 7) & ~7L);
        }

        void add(long id, long cls, int bytes, int at, byte k) {
            if (count == ids.length) {
                int n = count * 2;
                ids = Arrays.copyOf(ids, n);
                classOf = Arrays.copyOf(classOf, n);
                size = Arrays.copyOf(size, n);
                where = Arrays.copyOf(where, n);
                kind = Arrays.copyOf(kind, n);
            }
            ids[count] = id;
            classOf[count] = cls;
            size[count] = bytes;
            where[count] = at;
            kind[count] = k;
            index.put(id, count);
            count++;
        }

        /** Instance sizes (known once every class is read) and references, as index lists. */
        int[][] references() {
            int[][] out = new int[count][];
            IntList refs = new IntList();
            for (int i = 0; i < count; i++) {
                refs.clear();
                buf.position((int) where[i]);
                switch (kind[i]) {
                    case INSTANCE -> {
                        id();
                        buf.getInt();
                        ref(refs, id()); // its class
                        buf.getInt();
                        long bytes = 12;
                        for (long c = classOf[i]; c != 0 && classInfo.containsKey(c); c = classInfo.get(c)[0]) {
                            for (byte type : fieldTypes.get(c)) {
                                if (type == 2) {
                                    ref(refs, id());
                                    bytes += 4;
                                } else {
                                    int w = width(type);
                                    buf.position(buf.position() + w);
                                    bytes += w;
                                }
                            }
                        }
                        size[i] = align(bytes);
                    }
                    case OBJ_ARRAY -> {
                        id();
                        buf.getInt();
                        int n = buf.getInt();
                        id();
                        for (int k = 0; k < n; k++) {
                            ref(refs, id());
                        }
                    }
                    case CLASS -> {
                        id();
                        buf.getInt();
                        id();
                        ref(refs, id()); // class loader
                        for (int k = 0; k < 4; k++) {
                            id();
                        }
                        buf.getInt();
                        int constants = buf.getShort() & 0xffff;
                        for (int k = 0; k < constants; k++) {
                            buf.getShort();
                            int type = buf.get();
                            if (type == 2) {
                                ref(refs, id());
                            } else {
                                skipValue(type);
                            }
                        }
                        int statics = buf.getShort() & 0xffff;
                        for (int k = 0; k < statics; k++) {
                            id();
                            int type = buf.get();
                            if (type == 2) {
                                ref(refs, id());
                            } else {
                                skipValue(type);
                            }
                        }
                    }
                    default -> { }
                }
                out[i] = refs.toArray();
            }
            return out;
        }

        void ref(IntList refs, long id) {
            if (id != 0) {
                int target = index.get(id);
                if (target >= 0) {
                    refs.add(target);
                }
            }
        }

        String className(int i) {
            return switch (kind[i]) {
                case CLASS -> "java.lang.Class";
                case PRIM_ARRAY -> switch ((int) -classOf[i]) {
                    case 4 -> "boolean[]";
                    case 5 -> "char[]";
                    case 6 -> "float[]";
                    case 7 -> "double[]";
                    case 8 -> "byte[]";
                    case 9 -> "short[]";
                    case 10 -> "int[]";
                    default -> "long[]";
                };
                case OBJ_ARRAY -> {
                    String name = classNames.getOrDefault(classOf[i], "Object[]");
                    yield name.startsWith("[L") ? name.substring(2, name.length() - 1) + "[]" : name;
                }
                default -> classNames.getOrDefault(classOf[i], "?");
            };
        }

        /** The first characters of a byte[] (Latin-1 or UTF-16 string contents). */
        String text(int i, int max) {
            buf.position((int) where[i]);
            id();
            buf.getInt();
            int n = buf.getInt();
            buf.get();
            byte[] bytes = new byte[Math.min(n, max)];
            buf.get(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("[\\p{Cntrl}\\x00]", " ");
        }
    }

    /** The dominator tree of a dump, and the heap grouped by owner. */
    static final class Analysis {
        final Dump dump;
        final int[] idom; // by object index; -1 for the root itself and for unreachable objects
        final long[] retained;
        final String[] names;
        final int[] owner; // nearest dominating object of a class that is neither the JDK's nor an array; -1: none
        final int[] top; // the object right under the GC roots that dominates it

        final int[][] refs;

        Analysis(Dump dump) {
            this.dump = dump;
            int n = dump.count;
            int[][] refs = dump.references();
            this.refs = refs;
            // node n is the root above all GC roots
            int root = n;
            int[] rootRefs = dump.roots.stream().mapToInt(id -> dump.index.get(id)).filter(i -> i >= 0).distinct().toArray();
            // depth-first order
            int[] order = new int[n + 1];
            int[] number = new int[n + 1];
            Arrays.fill(number, -1);
            int[] parent = new int[n + 1];
            int[] stackNode = new int[n + 1];
            int[] stackEdge = new int[n + 1];
            int depth = 0;
            int reached = 0;
            stackNode[0] = root;
            number[root] = reached;
            order[reached++] = root;
            parent[0] = -1;
            while (depth >= 0) {
                int v = stackNode[depth];
                int[] out = v == root ? rootRefs : refs[v];
                if (stackEdge[depth] < out.length) {
                    int w = out[stackEdge[depth]++];
                    if (number[w] < 0) {
                        number[w] = reached;
                        parent[reached] = number[v];
                        order[reached++] = w;
                        depth++;
                        stackNode[depth] = w;
                        stackEdge[depth] = 0;
                    }
                } else {
                    depth--;
                }
            }
            // predecessors, in depth-first numbers
            int[] predCount = new int[reached + 1];
            for (int k = 0; k < reached; k++) {
                int v = order[k];
                for (int w : v == root ? rootRefs : refs[v]) {
                    predCount[number[w] + 1]++;
                }
            }
            for (int k = 0; k < reached; k++) {
                predCount[k + 1] += predCount[k];
            }
            int[] preds = new int[predCount[reached]];
            int[] fill = Arrays.copyOf(predCount, reached);
            for (int k = 0; k < reached; k++) {
                int v = order[k];
                for (int w : v == root ? rootRefs : refs[v]) {
                    preds[fill[number[w]]++] = k;
                }
            }
            // Lengauer–Tarjan, simple version with path compression
            int[] semi = new int[reached];
            int[] label = new int[reached];
            int[] ancestor = new int[reached];
            int[] dom = new int[reached];
            int[] bucketHead = new int[reached];
            int[] bucketNext = new int[reached];
            for (int k = 0; k < reached; k++) {
                semi[k] = k;
                label[k] = k;
                ancestor[k] = -1;
                bucketHead[k] = -1;
            }
            int[] path = new int[reached];
            for (int w = reached - 1; w > 0; w--) {
                for (int p = predCount[w]; p < predCount[w + 1]; p++) {
                    int u = eval(preds[p], ancestor, label, semi, path);
                    if (semi[u] < semi[w]) {
                        semi[w] = semi[u];
                    }
                }
                bucketNext[w] = bucketHead[semi[w]];
                bucketHead[semi[w]] = w;
                int pw = parent[w];
                ancestor[w] = pw;
                for (int v = bucketHead[pw]; v >= 0; v = bucketNext[v]) {
                    int u = eval(v, ancestor, label, semi, path);
                    dom[v] = semi[u] < semi[v] ? u : pw;
                }
                bucketHead[pw] = -1;
            }
            for (int w = 1; w < reached; w++) {
                if (dom[w] != semi[w]) {
                    dom[w] = dom[dom[w]];
                }
            }
            idom = new int[n];
            Arrays.fill(idom, -1);
            for (int k = 1; k < reached; k++) {
                int d = order[dom[k]];
                idom[order[k]] = d == root ? -1 : d;
            }
            retained = new long[n];
            for (int k = reached - 1; k > 0; k--) {
                int v = order[k];
                retained[v] += dump.size[v];
                if (idom[v] >= 0) {
                    retained[idom[v]] += retained[v];
                }
            }
            names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = dump.className(i);
            }
            owner = new int[n];
            top = new int[n];
            for (int k = 1; k < reached; k++) { // dominators come first in depth-first order
                int v = order[k];
                int d = idom[v];
                owner[v] = d < 0 ? -1 : owning(d) ? d : owner[d];
                top[v] = d < 0 ? v : top[d];
            }
            for (int i = 0; i < n; i++) {
                if (number[i] < 0) {
                    owner[i] = -2;
                }
            }
        }

        /** An object's class, or for a class, the class it is. */
        String describe(int i) {
            return dump.kind[i] == Dump.CLASS ? "class " + dump.classNames.getOrDefault(dump.ids[i], "?") : names[i];
        }

        boolean owning(int i) {
            String name = names[i];
            return !(name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.endsWith("[]"));
        }

        static int eval(int v, int[] ancestor, int[] label, int[] semi, int[] path) {
            if (ancestor[v] < 0) {
                return v;
            }
            int top = 0;
            int x = v;
            while (ancestor[ancestor[x]] >= 0) {
                path[top++] = x;
                x = ancestor[x];
            }
            while (top > 0) {
                int y = path[--top];
                int a = ancestor[y];
                if (semi[label[a]] < semi[label[y]]) {
                    label[y] = label[a];
                }
                ancestor[y] = ancestor[a];
            }
            return label[v];
        }

        long live() {
            long total = 0;
            for (int i = 0; i < dump.count; i++) {
                if (owner[i] != -2) {
                    total += dump.size[i];
                }
            }
            return total;
        }

        Map<String, long[]> retainedOf(String... classes) {
            Map<String, long[]> out = new HashMap<>();
            for (String c : classes) {
                out.put(c, new long[2]);
            }
            for (int i = 0; i < dump.count; i++) {
                long[] slot = out.get(names[i]);
                if (slot != null && owner[i] != -2) {
                    slot[0]++;
                    slot[1] += retained[i];
                }
            }
            return out;
        }

        Map<String, Long> byOwner(boolean withObjectClass) {
            Map<String, Long> out = new HashMap<>();
            for (int i = 0; i < dump.count; i++) {
                if (owner[i] == -2) {
                    continue;
                }
                String by = owner[i] < 0 ? "<GC roots> " + describe(top[i]) : names[owner[i]];
                out.merge(withObjectClass ? by + " <- " + names[i] : by, (long) dump.size[i], Long::sum);
            }
            return out;
        }

        void print(Analysis base, int per) {
            String unit = base == null ? "KB" : "KB per learner";
            System.out.printf("live heap %,d KB%s%n", live() / 1024,
                    base == null ? "" : String.format(", growth %.1f KB per learner", (live() - base.live()) / 1024.0 / per));
            String[] holders = {"org.apache.catalina.session.StandardSession", "com.vaadin.flow.server.VaadinSession",
                    "com.vaadin.flow.server.VaadinServletSession", "com.vaadin.flow.spring.SpringVaadinSession",
                    "com.vaadin.flow.component.UI", "org.cstoquiz.app.base.ui.MainLayout"};
            Map<String, long[]> held = retainedOf(holders);
            System.out.println("retained by:");
            for (String h : holders) {
                long[] s = held.get(h);
                if (s[0] > 0) {
                    System.out.printf("  %5d × %-50s %8.1f KB each%n", s[0], h, s[1] / 1024.0 / s[0]);
                }
            }
            table("heap by owner (" + unit + ")", byOwner(false), base == null ? null : base.byOwner(false), per, 30);
            table("heap by owner <- object class (" + unit + ")", byOwner(true), base == null ? null : base.byOwner(true), per, 40);
            byteArrayOwners(base, 6);
            String components = System.getProperty("components");
            if (components != null) {
                components(base, per, components);
            }
            String who = System.getProperty("who");
            if (who != null) {
                who(who);
            }
            String about = System.getProperty("referrers");
            if (about != null) {
                referrers(about);
            }
        }

        /** With -Dcomponents=PREFIXES (comma-separated): instances of the classes so named, per learner. */
        void components(Analysis base, int per, String prefixes) {
            Map<String, Long> now = counts(prefixes);
            Map<String, Long> before = base == null ? Map.of() : base.counts(prefixes);
            System.out.println("instances per learner:");
            now.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(60)
                    .forEach(e -> System.out.printf("  %7.2f  %s%n", e.getValue() / (double) per, e.getKey()));
        }

        Map<String, Long> counts(String prefixes) {
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < dump.count; i++) {
                if (owner[i] == -2) {
                    continue;
                }
                for (String prefix : prefixes.split(",")) {
                    if (names[i].startsWith(prefix)) {
                        counts.merge(names[i], 1L, Long::sum);
                        break;
                    }
                }
            }
            return counts;
        }

        /** With -Dwho=CLASS: the outermost objects of that class by what dominates them, and who refers to the largest. */
        void who(String className) {
            Map<String, long[]> by = new HashMap<>();
            int largest = -1;
            for (int i = 0; i < dump.count; i++) {
                if (names[i].equals(className) && owner[i] != -2 && (idom[i] < 0 || !names[idom[i]].equals(className))) {
                    String key = (idom[i] < 0 ? "<GC roots>" : describe(idom[i])) + " / owner "
                            + (owner[i] < 0 ? "<GC roots> " + describe(top[i]) : names[owner[i]]);
                    long[] slot = by.computeIfAbsent(key, k -> new long[2]);
                    slot[0]++;
                    slot[1] += retained[i];
                    if (largest < 0 || retained[i] > retained[largest]) {
                        largest = i;
                    }
                }
            }
            System.out.println(className + " by immediate dominator / owner (count, KB retained):");
            by.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                    .limit(15).forEach(e -> System.out.printf("  %6d %9.1f  %s%n", e.getValue()[0], e.getValue()[1] / 1024.0, e.getKey()));
            if (largest >= 0) {
                System.out.printf("the largest, %d B retained, is referred to by:%n", retained[largest]);
                printParents(parents(), largest, 1, 6);
            }
        }

        int[][] parents() {
            int[][] parents = new int[dump.count][];
            int[] counts = new int[dump.count];
            for (int[] out : refs) {
                for (int w : out) {
                    counts[w]++;
                }
            }
            for (int i = 0; i < dump.count; i++) {
                parents[i] = new int[counts[i]];
                counts[i] = 0;
            }
            for (int v = 0; v < dump.count; v++) {
                for (int w : refs[v]) {
                    parents[w][counts[w]++] = v;
                }
            }
            return parents;
        }

        /** With -Dreferrers=TEXT: who refers to the largest strings that begin with TEXT (three levels up). */
        void referrers(String text) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < dump.count; i++) {
                if (names[i].equals("byte[]") && dump.size[i] > 64 && owner[i] != -2) {
                    String start = dump.text(i, 2 * text.length());
                    if (start.startsWith(text) || start.replace(" ", "").startsWith(text.replace(" ", ""))) {
                        found.add(i);
                    }
                }
            }
            System.out.printf("%d byte[] begin with %s%n", found.size(), text);
            int[][] parents = parents();
            found.stream().sorted(Comparator.comparingInt((Integer i) -> dump.size[i]).reversed()).limit(3).forEach(i -> {
                System.out.printf("  %d B %s%n", dump.size[i], dump.text(i, 60));
                printParents(parents, i, 1, 4);
            });
        }

        void printParents(int[][] parents, int i, int level, int levels) {
            if (level > levels) {
                return;
            }
            int shown = 0;
            for (int p : parents[i]) {
                if (shown++ == 4) {
                    System.out.printf("%s...%n", "    ".repeat(level + 1));
                    break;
                }
                System.out.printf("%s<- %s%n", "    ".repeat(level + 1), describe(p));
                printParents(parents, p, level + 1, levels);
            }
        }

        static void table(String title, Map<String, Long> now, Map<String, Long> base, int per, int limit) {
            System.out.println(title + ":");
            Map<String, Long> diff = new HashMap<>(now);
            if (base != null) {
                base.forEach((k, v) -> diff.merge(k, -v, Long::sum));
            }
            diff.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                    .forEach(e -> System.out.printf("  %9.1f  %s%n", e.getValue() / 1024.0 / per, e.getKey()));
        }

        /** For the owners holding most byte[] (or whose byte[] grew most), the beginnings of their largest ones. */
        void byteArrayOwners(Analysis base, int owners) {
            Map<String, List<Integer>> arrays = new HashMap<>();
            Map<String, Long> bytes = new HashMap<>();
            for (int i = 0; i < dump.count; i++) {
                if (owner[i] != -2 && names[i].equals("byte[]")) {
                    String by = owner[i] < 0 ? "<GC roots> " + describe(top[i]) : names[owner[i]];
                    arrays.computeIfAbsent(by, k -> new ArrayList<>()).add(i);
                    bytes.merge(by, (long) dump.size[i], Long::sum);
                }
            }
            Map<String, Long> rank = new HashMap<>(bytes);
            if (base != null) {
                base.byOwner(true).forEach((k, v) -> {
                    if (k.endsWith(" <- byte[]")) {
                        rank.computeIfPresent(k.substring(0, k.length() - " <- byte[]".length()), (o, b) -> b - v);
                    }
                });
            }
            rank.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(owners)
                    .map(e -> Map.entry(e.getKey(), bytes.get(e.getKey()))).forEach(e -> {
                List<Integer> list = arrays.get(e.getKey());
                System.out.printf("byte[] under %s: %d arrays, %,d KB; largest:%n", e.getKey(), list.size(), e.getValue() / 1024);
                list.stream().sorted(Comparator.comparingInt((Integer i) -> dump.size[i]).reversed()).limit(4)
                        .forEach(i -> System.out.printf("    %7d B  %s%n", dump.size[i], dump.text(i, 100)));
            });
        }
    }

    static final class IntList {
        int[] items = new int[16];
        int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /** Open addressing from object id to index. */
    static final class LongIntMap {
        long[] keys;
        int[] values;
        int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}

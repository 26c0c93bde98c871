package org.cstoquiz.engine.generate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.PackInfo;

/**
 * One question bank per pack: the built-in pack and any extra packs, each generated on demand for a
 * seed and kept (the few most recent seeds per pack). Thread-safe.
 */
public final class QuestionBanks {

    private static final int BANKS_KEPT_PER_PACK = 4;

    private final Map<String, FactBase> packs = new LinkedHashMap<>();
    private final Map<String, Map<Long, Bank>> banks = new LinkedHashMap<>();

    /** Banks for the given packs, in the given order; the first is the default. */
    public QuestionBanks(List<FactBase> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("no pack to make questions from");
        }
        for (FactBase f : packs) {
            if (this.packs.putIfAbsent(f.pack().id(), f) != null) {
                throw new IllegalArgumentException("two packs with id '" + f.pack().id() + "'");
            }
        }
    }

    /**
     * The built-in pack and the packs in the subdirectories of {@code packsDir}.
     *
     * @throws org.cstoquiz.content.PackValidationException listing every problem of every pack
     */
    public static QuestionBanks load(Optional<Path> packsDir) {
        return new QuestionBanks(Packs.loadAll(packsDir));
    }

    /** The packs, the default (built-in) first. */
    public List<PackInfo> packs() {
        return packs.values().stream().map(FactBase::pack).toList();
    }

    /** The id of the default pack. */
    public String defaultPack() {
        return packs.keySet().iterator().next();
    }

    /** @throws NoSuchElementException naming the packs there are, when there is no pack {@code packId} */
    public FactBase facts(String packId) {
        FactBase f = packs.get(packId);
        if (f == null) {
            throw new NoSuchElementException("no pack '" + packId + "' (packs: "
                    + packs.keySet().stream().collect(Collectors.joining(", ")) + ")");
        }
        return f;
    }

    /**
     * The bank of pack {@code packId} for {@code seed}.
     *
     * @throws NoSuchElementException naming the packs there are, when there is no pack {@code packId}
     */
    public Bank bank(String packId, long seed) {
        FactBase f = facts(packId);
        synchronized (banks) {
            Map<Long, Bank> kept = banks.computeIfAbsent(packId, k -> new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Bank> eldest) {
                    return size() > BANKS_KEPT_PER_PACK;
                }
            });
            Bank bank = kept.get(seed);
            if (bank == null) {
                bank = QuestionBank.generate(f, seed);
                kept.put(seed, bank);
            }
            return bank;
        }
    }
}

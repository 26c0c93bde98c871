package org.cstoquiz.app.base.ui;

import java.util.List;
import org.cstoquiz.domain.PackInfo;

/**
 * What the application calls itself: after its built-in pack while that is the only one, and after
 * no single organization once other packs are loaded.
 */
public final class AppName {

    public static final String BUILT_IN_ONLY = "CSTO Quiz";
    public static final String SEVERAL_PACKS = "Organizations Quiz";

    private AppName() {
    }

    public static String of(List<PackInfo> packs) {
        return packs.size() > 1 ? SEVERAL_PACKS : BUILT_IN_ONLY;
    }
}

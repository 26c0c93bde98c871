package org.cstoquiz.app.branding;

import java.util.List;
import org.cstoquiz.domain.PackInfo;

/**
 * What the application calls itself, given the packs it loaded (the built-in one first): after the
 * CSTO while its pack is the only one, after no single organization once others are loaded.
 */
public record AppName(List<PackInfo> packs) {

    public static final String BUILT_IN_ONLY = "CSTO Quiz";
    public static final String SEVERAL_PACKS = "Organizations Quiz";

    public AppName {
        packs = List.copyOf(packs);
    }

    public boolean severalOrganizations() {
        return packs.size() > 1;
    }

    public String name() {
        return severalOrganizations() ? SEVERAL_PACKS : BUILT_IN_ONLY;
    }
}

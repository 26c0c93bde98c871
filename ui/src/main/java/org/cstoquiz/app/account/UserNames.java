package org.cstoquiz.app.account;

import java.util.Locale;

/** How user names are compared: without surrounding blanks, ignoring case. */
public final class UserNames {

    private UserNames() {
    }

    /** The normalised name: one account per key. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}

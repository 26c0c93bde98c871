package org.cstoquiz.app.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How user names are compared: without surrounding blanks, ignoring case, and with accented letters
 * in one form (Unicode NFC), so "é" typed as one character or as "e" and an accent is the same name.
 */
public final class UserNames {

    private UserNames() {
    }

    /** The normalised name: one account per key. */
    public static String key(String username) {
        return normal(username).toLowerCase(Locale.ROOT);
    }

    /** The name as stored and shown: without surrounding blanks, accents composed (NFC). */
    public static String normal(String username) {
        return Normalizer.normalize(username.strip(), Normalizer.Form.NFC);
    }
}

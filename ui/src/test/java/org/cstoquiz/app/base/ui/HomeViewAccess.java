package org.cstoquiz.app.base.ui;

/** Lets tests in other packages name the package-private home view's route. */
public final class HomeViewAccess {
    private HomeViewAccess() {
    }

    public static String homeRoute() {
        return "";
    }
}

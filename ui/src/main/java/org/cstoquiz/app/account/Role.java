package org.cstoquiz.app.account;

public enum Role {
    LEARNER,
    INSTRUCTOR;

    /** The Spring Security role name, used by {@code @RolesAllowed}. */
    public static final String INSTRUCTOR_ROLE = "INSTRUCTOR";
}

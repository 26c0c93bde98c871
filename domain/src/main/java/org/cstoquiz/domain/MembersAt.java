package org.cstoquiz.domain;

import java.util.List;

/**
 * Who was a member of an organization throughout a date, split three ways so that a question
 * generator can take keys from {@code members}, distractors from {@code nonMembers}, and never
 * use {@code uncertain}.
 */
public record MembersAt(String organization, PartialDate date, List<Country> members, List<Country> nonMembers,
                        List<Country> uncertain) {

    public MembersAt {
        members = List.copyOf(members);
        nonMembers = List.copyOf(nonMembers);
        uncertain = List.copyOf(uncertain);
    }
}

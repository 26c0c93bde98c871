package org.cstoquiz.engine.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    @Test
    void the_id_is_twelve_hex_digits_and_pinned() {
        // Pinned so that an accidental change to the id scheme (which would orphan stored progress) fails a test.
        assertThat(SampleQuestions.singleChoice().id()).matches("[0-9a-f]{12}").isEqualTo(QuestionIds.contentId(
                "In which year was the Collective Security Treaty signed in Tashkent?",
                SingleChoice.of("1992", List.of("1994", "2002", "1991", "1992"))));
    }

    @Test
    void every_sample_has_a_distinct_id() {
        List<Question> all = SampleQuestions.everyType();
        assertThat(Set.copyOf(all.stream().map(Question::id).toList())).hasSize(all.size());
    }

    @Test
    void a_changed_key_or_choice_changes_the_id() {
        String stem = "In which year?";
        String id = QuestionIds.contentId(stem, SingleChoice.of("1992", List.of("1991", "1992")));
        assertThat(QuestionIds.contentId(stem, SingleChoice.of("1991", List.of("1991", "1992")))).isNotEqualTo(id);
        assertThat(QuestionIds.contentId(stem, SingleChoice.of("1992", List.of("1990", "1992")))).isNotEqualTo(id);
        assertThat(QuestionIds.contentId(stem, MultipleResponse.of(List.of("1992"), List.of("1991", "1992"))))
                .as("the type is part of the id").isNotEqualTo(id);
    }

    @Test
    void explanation_sources_and_difficulty_are_not_part_of_the_id() {
        Question a = SampleQuestions.trueFalse();
        Question b = Question.builder().area(a.area()).stem(a.stem()).body(a.body()).difficulty(0.9).build();
        assertThat(b.id()).isEqualTo(a.id());
    }

    @Test
    void an_explicit_id_is_kept() {
        Question q = Question.builder().id("legacy-7").area(Area.DATES).stem("s").body(new TrueFalse(false)).build();
        assertThat(q.id()).isEqualTo("legacy-7");
    }
}

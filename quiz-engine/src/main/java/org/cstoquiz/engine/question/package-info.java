/**
 * What is asked and how it is graded.
 *
 * <p>A {@link org.cstoquiz.engine.question.Question} holds the common parts (id, area, stem,
 * explanation, sources, fact ids, difficulty) and a sealed
 * {@link org.cstoquiz.engine.question.QuestionBody}, one record per type, which holds the choices and
 * the key and checks itself when built. A generator typically writes:
 *
 * <pre>{@code
 * Question q = Question.builder()
 *         .area(Area.DATES)
 *         .stem("In which year was the Collective Security Treaty signed?")
 *         .body(SingleChoice.of("1992", List.of("1991", "1992", "1994", "2002")))
 *         .explanation("…").source("003_e4b088d5d6c952e1.txt", "…").fact("event.treaty-signed")
 *         .difficulty(0.4)
 *         .build()                                   // id = content hash of type, stem, choices, key
 *         .withChoicesShuffled(random);              // same id; key position from the seed
 * }</pre>
 *
 * For the exam formats a generator supplies only statements and their truth:
 * {@code .exam(ExamFormats.whichStatementsAreCorrect("the CSTO", statements, random))},
 * {@code .exam(ExamFormats.howManyStatementsAreCorrect(null, statements))},
 * {@code .exam(ExamFormats.assertionReason(a, r, rExplainsA))}.
 *
 * <p>{@code question.grade(response)} returns a {@link org.cstoquiz.engine.question.Grade}; a response
 * of the wrong shape throws {@link org.cstoquiz.engine.question.WrongResponseException} (check first
 * with {@code problemWith}).
 */
package org.cstoquiz.engine.question;

package org.cstoquiz.engine.question;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Content ids: the first 12 hex digits of the SHA-256 of a question's type, stem, choices and key.
 * Choices are taken sorted by text and the key is taken as texts, not ids, so showing the choices
 * in another order (and relabelling them) keeps the id; any change to the stem, a choice or the key
 * changes it. The explanation, sources, facts, area and difficulty are not part of the id: improving
 * an explanation does not make a new question.
 */
public final class QuestionIds {

    /** Hex digits kept from the digest. */
    public static final int LENGTH = 12;

    private QuestionIds() {
    }

    public static String contentId(String stem, QuestionBody body) {
        List<String> parts = new ArrayList<>();
        parts.add(body.type().jsonName());
        parts.add(stem.strip());
        switch (body) {
            case SingleAnswerBody single -> {
                addSorted(parts, "choices", textsOf(single.choices()));
                parts.add("key");
                parts.add(single.correctChoiceText());
            }
            case MultipleResponse multiple -> {
                addSorted(parts, "choices", textsOf(multiple.choices()));
                addSorted(parts, "key", textsOf(multiple.choices().stream()
                        .filter(choice -> multiple.correctChoiceIds().contains(choice.id())).toList()));
            }
            case TrueFalse trueFalse -> {
                parts.add("key");
                parts.add(String.valueOf(trueFalse.correctValue()));
            }
            case Numeric numeric -> {
                parts.add("key");
                parts.add(numeric.value().toPlainString());
                parts.add(numeric.tolerance().toPlainString());
            }
            case ShortAnswer shortAnswer -> addSorted(parts, "key", shortAnswer.accepted());
            case Ordering ordering -> {
                addSorted(parts, "choices", textsOf(ordering.choices()));
                parts.add("key");
                Map<String, String> text = textById(ordering.choices());
                ordering.correctOrder().forEach(id -> parts.add(text.get(id)));
            }
            case Matching matching -> {
                addSorted(parts, "choices", textsOf(matching.choices()));
                Map<String, String> text = textById(matching.choices());
                List<String> pairs = matching.prompts().stream()
                        .map(prompt -> prompt.text() + "\u0000" + text.get(matching.correctMatches().get(prompt.id())))
                        .toList();
                addSorted(parts, "key", pairs);
            }
        }
        return hash(parts);
    }

    private static List<String> textsOf(List<Choice> choices) {
        return choices.stream().map(Choice::text).toList();
    }

    private static Map<String, String> textById(List<Choice> choices) {
        Map<String, String> text = new java.util.HashMap<>();
        choices.forEach(choice -> text.put(choice.id(), choice.text()));
        return text;
    }

    private static void addSorted(List<String> parts, String label, List<String> values) {
        parts.add(label);
        parts.add(String.valueOf(values.size()));
        values.stream().sorted().forEach(parts::add);
    }

    private static String hash(List<String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            bytes.writeBytes(utf8);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}

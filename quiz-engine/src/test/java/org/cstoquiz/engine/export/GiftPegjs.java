package org.cstoquiz.engine.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GIFT parser gift-pegjs 1.0.2, run through Node. It is installed once into
 * {@code target/gift-pegjs} with npm; a small script there reads one JSON-encoded GIFT text per line
 * on stdin and answers one line of JSON: {@code {"ok":true,"questions":[…]}} or
 * {@code {"ok":false,"error":"…"}}. One Node process serves every parse of a test run.
 */
final class GiftPegjs {

    static final String VERSION = "1.0.2";
    private static final Path HOME = Path.of("target", "gift-pegjs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SCRIPT = """
            'use strict';
            const gift = require('gift-pegjs');
            const readline = require('readline');
            const lines = readline.createInterface({ input: process.stdin, terminal: false });
            lines.on('line', (line) => {
              let answer;
              try {
                answer = { ok: true, questions: gift.parse(JSON.parse(line)) };
              } catch (e) {
                answer = { ok: false, error: String(e && e.message), location: e && e.location ? e.location : null };
              }
              process.stdout.write(JSON.stringify(answer) + '\\n');
            });
            """;

    private static Optional<String> unavailable;
    private static Process node;
    private static Writer toNode;
    private static BufferedReader fromNode;

    private GiftPegjs() {
    }

    /** Why the parser cannot be used here (no node, no npm, install failed), or empty if it can. */
    static synchronized Optional<String> unavailableReason() {
        if (unavailable == null) {
            unavailable = install();
        }
        return unavailable;
    }

    private static Optional<String> install() {
        try {
            if (run(List.of("node", "--version"), 20).isEmpty()) {
                return Optional.of("node is not available on PATH");
            }
            Path installed = HOME.resolve("node_modules/gift-pegjs/package.json");
            boolean right = Files.exists(installed) && Files.readString(installed).contains("\"version\": \"" + VERSION + "\"");
            if (!right) {
                Files.createDirectories(HOME);
                if (run(List.of("npm", "--version"), 30).isEmpty()) {
                    return Optional.of("npm is not available on PATH");
                }
                if (run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
                        "gift-pegjs@" + VERSION), 300).isEmpty() || !Files.exists(installed)) {
                    return Optional.of("npm install gift-pegjs@" + VERSION + " failed (offline?)");
                }
            }
            Files.writeString(HOME.resolve("parse.js"), SCRIPT);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot prepare gift-pegjs: " + e);
        }
    }

    /** Runs a command; its output, or empty if it could not start, failed or timed out. */
    private static Optional<String> run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                System.err.println(String.join(" ", command) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
                return Optional.empty();
            }
            return Optional.of(new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The parsed questions (categories included), or an AssertionError with the parser's message. */
    static synchronized List<JsonNode> parse(String gift) {
        if (unavailableReason().isPresent()) {
            throw new IllegalStateException(unavailable.get());
        }
        try {
            if (node == null || !node.isAlive()) {
                node = new ProcessBuilder("node", HOME.resolve("parse.js").toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                toNode = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
                fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
            }
            toNode.write(JSON.writeValueAsString(gift) + "\n");
            toNode.flush();
            String line = fromNode.readLine();
            if (line == null) {
                throw new AssertionError("gift-pegjs exited without answering");
            }
            JsonNode answer = JSON.readTree(line);
            if (!answer.get("ok").booleanValue()) {
                throw new AssertionError("gift-pegjs could not parse the export: " + answer.get("error").asString()
                        + " at " + answer.get("location") + "\n" + gift);
            }
            List<JsonNode> questions = new ArrayList<>();
            answer.get("questions").values().forEach(questions::add);
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
